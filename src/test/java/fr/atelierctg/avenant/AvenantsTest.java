package fr.atelierctg.avenant;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionIntrouvable;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.CycleDeVie;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AvenantsTest {

	static final String NOUVEAU = "<p>Le comité de pilotage se réunit trois fois par an.</p>"
			+ "<ul><li>Une réunion de bilan en décembre.</li></ul>";

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionSignee conventions;

	@Autowired
	Avenants avenants;

	@Autowired
	AvenantsApi lecture;

	@Autowired
	SignaturesAvenant signatures;

	@Autowired
	ConventionConsolidee consolidee;

	@Autowired
	ConventionApi conventionApi;

	@Autowired
	CycleDeVie cycle;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	CafVue caf;

	UtilisateurConnecte conseiller;

	UtilisateurConnecte directeur;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.directeur = Comptes.utilisateur(this.caf.id(), Role.DIRECTEUR);
	}

	@Test
	void unAvenantNeSeRedigeQueSurUneConventionSigneeEtParLaCaf() {
		long enSignature = this.conventions.enSignature(this.caf);
		assertThatThrownBy(() -> Comptes.en(this.conseiller, () -> this.avenants.rediger(enSignature, "Objet")))
			.isInstanceOf(ConflitMetier.class)
			.hasMessageContaining("signée ou en vigueur")
			.hasMessageContaining("En signature");
		assertThatThrownBy(() -> Comptes.en(this.conseiller, () -> this.avenants.prolonger(enSignature)))
			.isInstanceOf(ConflitMetier.class);

		long id = this.conventions.signee(this.caf);
		for (Role role : List.of(Role.LECTEUR, Role.ADMIN_CAF, Role.CHARGE_COOPERATION)) {
			assertThatThrownBy(() -> Comptes.en(Comptes.utilisateur(this.caf.id(), role, Scenario.SIREN_VGA),
					() -> this.avenants.rediger(id, "Objet")))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> Comptes.en(this.conseiller, () -> this.avenants.rediger(id, "  ")))
			.isInstanceOfSatisfying(DonneesInvalides.class, (ex) -> assertThat(ex.erreurs()).containsKey("objet"));
		AvenantLu premier = Comptes.en(this.conseiller, () -> this.avenants.rediger(id, "Pilotage renforcé"));
		assertThat(premier.numero()).isEqualTo(1);
		assertThat(premier.statut()).isEqualTo(StatutAvenant.BROUILLON);
		assertThatThrownBy(() -> Comptes.en(this.directeur, () -> this.avenants.prolonger(id)))
			.isInstanceOf(ConflitMetier.class)
			.hasMessageContaining("L'avenant n° 1 est en cours");
	}

	@Test
	void leDocumentDeLAvenantCiteLAncienneEtLaNouvelleRedaction() {
		long id = this.conventions.signee(this.caf);
		ConventionLue convention = en(this.conseiller, () -> this.conventionApi.lire(id));
		AvenantLu avenant = brouillon(id);
		String ancien = avenant.modifications().get(0).ancienTexte();
		assertThat(ancien).contains("comité de pilotage");

		String texte = ConventionSignee.texte(en(this.conseiller, () -> this.lecture.pdf(id, 1)));
		// the watermark's letters come out spaced
		assertThat(texte.replace(" ", "")).contains("PROJET");
		String signeeLe = DatesFr.longue(ConventionSignee.AUJOURDHUI);
		int numeroArticle = convention.articles()
			.stream()
			.filter((a) -> a.cle().equals("collaboration"))
			.findFirst()
			.orElseThrow()
			.numero();
		assertThat(texte).contains("Avenant n° 1 à la convention territoriale globale")
			.contains("Entre :")
			.contains("La Caisse d'allocations familiales de Lot-et-Garonne")
			.contains("à signer le présent avenant")
			.contains("Vu la convention territoriale globale du 1er janvier 2025 au 31 décembre 2029, signée le "
					+ signeeLe)
			.contains("Le présent avenant a pour objet : Comité de pilotage plus fréquent.")
			.contains("L'article " + numeroArticle + " « ")
			.contains("est ainsi modifié :")
			.contains("Ancienne rédaction :")
			.contains(fr.atelierctg.common.texte.TexteRiche.texte(ancien).substring(0, 60))
			.contains("Nouvelle rédaction :")
			.contains("Le comité de pilotage se réunit trois fois par an.")
			.contains("Une réunion de bilan en décembre.")
			.contains("Le présent avenant prend effet le 1er mars 2027.")
			.contains("Les autres stipulations de la convention demeurent inchangées.")
			.contains("Fait à Agen, à la date de la dernière signature.")
			.doesNotContain("{{")
			.doesNotContain("XX/XX")
			.doesNotContain("la présente convention par délibération");
	}

	@Test
	void lesStatutsDeLAvenantSuiventLesRolesEtLeTexteEstFigeDesLaValidation() {
		long id = this.conventions.signee(this.caf);
		AvenantLu avenant = brouillon(id);
		assertThatThrownBy(
				() -> Comptes.en(this.conseiller, () -> this.avenants.effectuer(id, 1, TransitionAvenant.VALIDER)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(en(this.conseiller, () -> this.avenants.possibles(id, 1)))
			.containsExactly(TransitionAvenant.ABANDONNER);
		assertThatThrownBy(() -> Comptes.en(this.conseiller,
				() -> this.avenants.effectuer(id, 1, TransitionAvenant.METTRE_EN_SIGNATURE)))
			.isInstanceOf(ConflitMetier.class)
			.hasMessageContaining("Brouillon");
		AvenantLu valide = en(this.directeur, () -> this.avenants.effectuer(id, 1, TransitionAvenant.VALIDER));
		assertThat(valide.statut()).isEqualTo(StatutAvenant.VALIDE);

		ModificationLue modification = valide.modifications().get(0);
		assertThatThrownBy(() -> Comptes.en(this.conseiller,
				() -> this.avenants.reecrire(id, 1, modification.cle(), "<p>Autre</p>", modification.version())))
			.isInstanceOf(ConflitMetier.class)
			.hasMessageContaining("ne peut plus être modifié");
		assertThatThrownBy(() -> Comptes.en(this.conseiller,
				() -> this.avenants.modifierEntete(id, 1, "Autre objet", null, null, valide.version())))
			.isInstanceOf(ConflitMetier.class);
		assertThatThrownBy(
				() -> Comptes.en(this.conseiller, () -> this.avenants.choisir(id, 1, List.of(), valide.version())))
			.isInstanceOf(ConflitMetier.class);
		assertThat(en(this.conseiller, () -> this.lecture.lire(id, 1)).modifications()).singleElement()
			.extracting(ModificationLue::nouveauTexte)
			.isEqualTo(NOUVEAU);
		assertThat(ConventionSignee.texte(en(this.conseiller, () -> this.lecture.pdf(id, 1))).replace(" ", ""))
			.doesNotContain("PROJET");

		AvenantLu enSignature = en(this.conseiller,
				() -> this.avenants.effectuer(id, 1, TransitionAvenant.METTRE_EN_SIGNATURE));
		assertThat(enSignature.statut()).isEqualTo(StatutAvenant.EN_SIGNATURE);
		assertThatThrownBy(
				() -> Comptes.en(this.directeur, () -> this.avenants.effectuer(id, 1, TransitionAvenant.ABANDONNER)))
			.isInstanceOf(ConflitMetier.class);
	}

	@Test
	void unBrouillonAbandonneLaissePlaceAUnAutreAvenant() {
		long id = this.conventions.signee(this.caf);
		brouillon(id);
		assertThat(en(this.conseiller, () -> this.avenants.effectuer(id, 1, TransitionAvenant.ABANDONNER)).statut())
			.isEqualTo(StatutAvenant.ABANDONNE);
		assertThat(en(this.conseiller, () -> this.avenants.rediger(id, "Second essai")).numero()).isEqualTo(2);
	}

	@Test
	void laDerniereSignatureRendLAvenantSigneEtLaVersionConsolideeIntegreLaNouvelleRedaction() throws Exception {
		long id = this.conventions.signee(this.caf);
		brouillon(id);
		// the annex "pilotage" replaced as a whole, beside the article
		AvenantLu avecAnnexe = en(this.conseiller, () -> this.avenants.choisir(id, 1,
				List.of(CibleModification.ARTICLE.cle("collaboration"), CibleModification.ANNEXE.cle("pilotage")),
				this.lecture.lire(id, 1).version()));
		ModificationLue annexe = avecAnnexe.modification(CibleModification.ANNEXE, "pilotage").orElseThrow();
		assertThat(annexe.ancienTexte()).contains("Valide le bilan annuel.");
		en(this.conseiller, () -> this.avenants.reecrire(id, 1, annexe.cle(),
				"<p>Le comité technique se réunit chaque trimestre.</p>", annexe.version()));
		assertThat(ConventionSignee.texte(en(this.conseiller, () -> this.lecture.pdf(id, 1)))).contains("L'annexe 4 « ")
			.contains("est ainsi modifiée :")
			.contains("Le comité technique se réunit chaque trimestre.");
		signerTout(id, 1);
		AvenantLu signe = en(this.conseiller, () -> this.lecture.lire(id, 1));
		assertThat(signe.statut()).isEqualTo(StatutAvenant.SIGNE);
		assertThat(signe.signeLe()).contains(ConventionSignee.AUJOURDHUI);
		assertThat(signe.signatures()).anySatisfy((s) -> assertThat(s.copieSha256()).hasSize(64));

		String avenant = ConventionSignee.texte(en(this.conseiller, () -> this.lecture.pdf(id, 1)));
		String date = DatesFr.longue(ConventionSignee.AUJOURDHUI);
		assertThat(avenant).contains("Fait à Marmande, le " + date + ".").contains("Signé à Marmande le " + date);

		String consolidee = ConventionSignee.texte(en(this.conseiller, () -> this.consolidee.pdf(id).contenu()));
		assertThat(consolidee).contains("Version consolidée au " + date + " intégrant l'avenant n° 1 du " + date)
			.contains("(modifié par l'avenant n° 1)")
			.contains("Le comité de pilotage se réunit trois fois par an.")
			.contains("(modifiée par l'avenant n° 1)")
			.contains("Le comité technique se réunit chaque trimestre.")
			.doesNotContain("Valide le bilan annuel.");
		long premier = en(this.conseiller, () -> this.conventionApi.lire(id)).signataires().get(0).id();
		this.mvc.perform(get("/conventions/" + id + "/avenants/1").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("SHA-256")));
		this.mvc
			.perform(get("/conventions/" + id + "/avenants/1/signataires/" + premier + "/exemplaire-signe.pdf")
				.with(user(this.conseiller)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/conventions/" + id).with(user(this.conseiller)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Version consolidée")));
		this.mvc.perform(get("/conventions/" + id + "/consolidee").with(user(this.conseiller)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("intégrant l&#39;avenant n° 1")));
		// the convention's own document is unchanged
		String originale = ConventionSignee
			.texte(en(this.conseiller, () -> this.mvcPdf("/conventions/" + id + "/document.pdf")));
		assertThat(originale).doesNotContain("trois fois par an").doesNotContain("Version consolidée");
		// the next avenant quotes the consolidated wording and cites the first
		en(this.conseiller, () -> this.avenants.rediger(id, "Deuxième changement"));
		AvenantLu second = en(this.conseiller, () -> this.avenants.choisir(id, 2,
				List.of(CibleModification.ARTICLE.cle("collaboration")), this.lecture.lire(id, 2).version()));
		assertThat(second.modifications().get(0).ancienTexte()).isEqualTo(NOUVEAU);
		assertThat(ConventionSignee.texte(en(this.conseiller, () -> this.lecture.pdf(id, 2))))
			.contains("Vu l'avenant n° 1 à cette convention, signé le " + date);
	}

	@Test
	void laProlongationEnUnClicRecuLaFinDeLaConventionUneFoisSignee() {
		long id = this.conventions.signee(this.caf);
		String avant = ligneDeLaConvention(id);
		AvenantLu prolongation = en(this.directeur, () -> this.avenants.prolonger(id));
		assertThat(prolongation.type()).isEqualTo(TypeAvenant.PROLONGATION);
		assertThat(prolongation.nouvelleDateFin()).isEqualTo(LocalDate.of(2030, 12, 31));
		assertThat(prolongation.objet()).isEqualTo("Prolongation d'un an de la convention, jusqu'au 31 décembre 2030");
		assertThat(prolongation.modifications()).singleElement().satisfies((m) -> {
			assertThat(m.reference()).isEqualTo("duree");
			assertThat(m.ancienTexte()).contains("du 1er janvier 2025 au 31 décembre 2029");
			assertThat(m.nouveauTexte()).contains("du 1er janvier 2025 au 31 décembre 2030").doesNotContain("2029");
		});
		en(this.directeur, () -> this.avenants.effectuer(id, 1, TransitionAvenant.VALIDER));
		en(this.directeur, () -> this.avenants.effectuer(id, 1, TransitionAvenant.METTRE_EN_SIGNATURE));
		assertThat(en(this.conseiller, () -> this.cycle.finEffective(id))).isEqualTo(LocalDate.of(2029, 12, 31));
		signerTout(id, 1);

		assertThat(en(this.conseiller, () -> this.cycle.finEffective(id))).isEqualTo(LocalDate.of(2030, 12, 31));
		assertThat(ligneDeLaConvention(id)).isEqualTo(avant);
		// lists and the dashboard follow the period in force
		assertThat(en(this.conseiller, () -> this.conventionApi.lister()).stream()
			.filter((c) -> c.id() == id)
			.findFirst()
			.orElseThrow()
			.periode()
			.fin()).isEqualTo(LocalDate.of(2030, 12, 31));
		assertThat(Comptes.en(this.conseiller, () -> this.jdbc
			.queryForObject("SELECT date_fin_prolongee FROM convention WHERE id = ?", LocalDate.class, id)))
			.isEqualTo(LocalDate.of(2030, 12, 31));
		assertThat(en(this.conseiller, () -> this.cycle.historique(id))
			.get(en(this.conseiller, () -> this.cycle.historique(id)).size() - 1)
			.motif()).contains("Prolongée du 31 décembre 2029 au 31 décembre 2030");
		// the nightly job: still in force in 2030, échue after the new end
		en(this.conseiller, () -> this.cycle.suivreLeCalendrier(LocalDate.of(2030, 6, 1)));
		assertThat(en(this.conseiller, () -> this.conventionApi.lire(id)).statut())
			.isEqualTo(StatutConvention.EN_VIGUEUR);
		en(this.conseiller, () -> this.cycle.suivreLeCalendrier(LocalDate.of(2031, 1, 1)));
		assertThat(en(this.conseiller, () -> this.conventionApi.lire(id)).statut()).isEqualTo(StatutConvention.ECHUE);

		String consolidee = ConventionSignee.texte(en(this.conseiller, () -> this.consolidee.pdf(id).contenu()));
		assertThat(consolidee).contains("du 1er janvier 2025 au 31 décembre 2030")
			.contains("(modifié par l'avenant n° 1)");
	}

	@Test
	void laBaseRefuseToujoursDeModifierLaPeriodeDUneConventionSignee() {
		long id = this.conventions.signee(this.caf);
		assertThatThrownBy(() -> Comptes.en(this.conseiller,
				() -> this.jdbc.update("UPDATE convention SET date_fin = '2030-12-31' WHERE id = ?", id)))
			.hasMessageContaining("figée");
	}

	@Test
	void lAPIRedigeSigneEtImprimeEtRefuseEnProblemJson() throws Exception {
		long id = this.conventions.signee(this.caf);
		String base = "/api/conventions/" + id + "/avenants";
		this.mvc.perform(post(base + "/prolongation").with(user(Comptes.utilisateur(this.caf.id(), Role.LECTEUR))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(base + "/prolongation").with(user(this.directeur)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.numero").value(1))
			.andExpect(jsonPath("$.modifications[0].reference").value("duree"));
		this.mvc
			.perform(post(base).with(user(this.conseiller))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"objet\":\"Autre\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post(base + "/1/transitions").with(user(this.directeur))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"transition\":\"VALIDER\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.avenant.statut").value("VALIDE"))
			.andExpect(jsonPath("$.transitionsPossibles[0]").exists());
		this.mvc.perform(get(base + "/1/pdf").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		this.mvc.perform(get("/api/conventions/" + id + "/consolidee/pdf").with(user(this.conseiller)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post(base + "/1/transitions").with(user(this.directeur))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"transition\":\"METTRE_EN_SIGNATURE\"}"))
			.andExpect(status().isOk());
		long signataire = en(this.conseiller, () -> this.conventionApi.lire(id)).signataires().get(0).id();
		this.mvc
			.perform(multipart(base + "/1/signataires/" + signataire + "/signature")
				.file(new MockMultipartFile("copie", "avenant.pdf", "application/pdf", "pas un pdf".getBytes()))
				.param("date", ConventionSignee.AUJOURDHUI.toString())
				.param("lieu", "Agen")
				.with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(multipart(base + "/1/signataires/" + signataire + "/signature")
				.param("date", ConventionSignee.AUJOURDHUI.toString())
				.param("lieu", "Agen")
				.with(user(this.conseiller)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.signatures[0].lieu").value("Agen"));
	}

	@Test
	void lesAvenantsDUneCafSontInvisiblesPourUneAutre() throws Exception {
		long id = this.conventions.signee(this.caf);
		brouillon(id);
		CafVue autre = this.scenario.caf("31");
		UtilisateurConnecte conseillerAutre = Comptes.utilisateur(autre.id(), Role.CONSEILLER);
		this.mvc.perform(get("/api/conventions/" + id + "/avenants").with(user(conseillerAutre)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/conventions/" + id + "/avenants/1/pdf").with(user(conseillerAutre)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/conventions/" + id + "/avenants/1").with(user(conseillerAutre)))
			.andExpect(status().isNotFound());
		assertThatThrownBy(() -> Comptes.en(conseillerAutre, () -> this.lecture.lister(id)))
			.isInstanceOf(ConventionIntrouvable.class);
		// row-level security: the application's own connection for the other Caf sees no
		// row
		assertThat(Comptes.en(conseillerAutre,
				() -> this.jdbc.queryForObject("SELECT count(*) FROM avenant_modification", Long.class)))
			.isZero();
		assertThat(Comptes.en(this.conseiller,
				() -> this.jdbc.queryForObject("SELECT count(*) FROM avenant WHERE convention_id = ?", Long.class, id)))
			.isEqualTo(1);
	}

	@Test
	void lesPagesProposentDeProlongerPuisDeRedigerEtDeSignerLAvenant() throws Exception {
		long id = this.conventions.signee(this.caf);
		this.mvc.perform(get("/conventions/" + id).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Prolonger d'un an")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Rédiger un avenant")));
		this.mvc.perform(get("/conventions/" + id).with(user(Comptes.utilisateur(this.caf.id(), Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Avenants")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Prolonger d'un an"))));
		this.mvc.perform(post("/conventions/" + id + "/avenants/prolongation").with(user(this.directeur)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/conventions/" + id + "/avenants/1"));
		this.mvc.perform(get("/conventions/" + id + "/avenants/1").with(user(this.directeur)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Avenant n° 1")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Valider l&#39;avenant")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"cibles\"")));
		this.mvc
			.perform(get("/conventions/" + id + "/avenants/1/modifications/article-duree").with(user(this.directeur)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("texte-riche")));
		this.mvc
			.perform(post("/conventions/" + id + "/avenants/1/modifications/article-duree").with(user(this.directeur))
				.with(csrf())
				.param("nouveauTexte", "<p>Prolongée {{periode}}</p>")
				.param("version", "0"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("erreur", org.hamcrest.Matchers.containsString("texte définitif")));
		this.mvc.perform(get("/conventions/" + id + "/avenants/1/apercu").with(user(this.directeur)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ancienne rédaction")));
		this.mvc
			.perform(post("/conventions/" + id + "/avenants/1/transitions").with(user(this.directeur))
				.with(csrf())
				.param("transition", "VALIDER"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/conventions/" + id + "/avenants/1/transitions").with(user(this.directeur))
				.with(csrf())
				.param("transition", "METTRE_EN_SIGNATURE"))
			.andExpect(status().is3xxRedirection());
		long signataire = en(this.conseiller, () -> this.conventionApi.lire(id)).signataires().get(0).id();
		this.mvc
			.perform(multipart("/conventions/" + id + "/avenants/1/signataires/" + signataire + "/signature")
				.param("date", ConventionSignee.AUJOURDHUI.toString())
				.param("lieu", "")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("erreursSignature"));
		this.mvc.perform(get("/conventions/" + id + "/avenants/1").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Exemplaire signé (PDF, facultatif)")));
		this.mvc.perform(get("/conventions/" + id + "/consolidee").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Aucun avenant signé")));
		this.mvc.perform(get("/conventions/" + id + "/consolidee/apercu").with(user(this.conseiller)))
			.andExpect(status().isOk());
	}

	/** Avenant 1: the comité de pilotage article rewritten, in force on 1 March 2027. */
	private AvenantLu brouillon(long id) {
		AvenantLu avenant = en(this.conseiller, () -> this.avenants.rediger(id, "Comité de pilotage plus fréquent"));
		avenant = en(this.conseiller, () -> this.avenants.modifierEntete(id, 1, "Comité de pilotage plus fréquent",
				LocalDate.of(2027, 3, 1), "Agen", this.lecture.lire(id, 1).version()));
		AvenantLu choisi = en(this.conseiller, () -> this.avenants.choisir(id, 1,
				List.of(CibleModification.ARTICLE.cle("collaboration")), this.lecture.lire(id, 1).version()));
		ModificationLue modification = choisi.modifications().get(0);
		return en(this.conseiller, () -> this.avenants.reecrire(id, 1, modification.cle(),
				NOUVEAU + "<script>alert(1)</script>", modification.version()));
	}

	private void signerTout(long id, int numero) {
		if (en(this.conseiller, () -> this.lecture.lire(id, numero)).statut() == StatutAvenant.BROUILLON) {
			en(this.directeur, () -> this.avenants.effectuer(id, numero, TransitionAvenant.VALIDER));
			en(this.directeur, () -> this.avenants.effectuer(id, numero, TransitionAvenant.METTRE_EN_SIGNATURE));
		}
		List<SignataireLu> signataires = en(this.conseiller, () -> this.conventionApi.lire(id)).signataires();
		for (int i = 0; i < signataires.size(); i++) {
			SignataireLu signataire = signataires.get(i);
			assertThat(en(this.conseiller, () -> this.lecture.lire(id, numero)).statut())
				.isEqualTo(StatutAvenant.EN_SIGNATURE);
			byte[] copie = (i == 0) ? ConventionSignee.pdf("Avenant signé") : null;
			en(this.conseiller, () -> this.signatures.enregistrer(id, numero, signataire.id(),
					ConventionSignee.AUJOURDHUI, "Marmande", "avenant.pdf", copie));
		}
	}

	/** The convention's row, without the columns a signed convention may still change. */
	private String ligneDeLaConvention(long id) {
		return Comptes.en(this.conseiller,
				() -> this.jdbc.queryForObject(
						"SELECT (to_jsonb(c) - 'date_fin_prolongee' - 'modifie_le' - 'version' - 'statut')::text "
								+ "FROM convention c WHERE id = ?",
						String.class, id));
	}

	private byte[] mvcPdf(String url) {
		try {
			return this.mvc.perform(get(url).with(user(this.conseiller)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T> T en(UtilisateurConnecte utilisateur, Supplier<T> travail) {
		return Comptes.en(utilisateur, travail);
	}

}
