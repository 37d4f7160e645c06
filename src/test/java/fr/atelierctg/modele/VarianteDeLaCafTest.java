package fr.atelierctg.modele;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ElementIntrouvable;
import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionCommande;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.PresidenceCopil;
import fr.atelierctg.convention.RepresentantCommande;
import fr.atelierctg.document.DocumentApi;
import fr.atelierctg.modele.ComparaisonEdition.TexteCompare;
import fr.atelierctg.support.BaseDeTest;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Caf's variant of the model, in the Caf des Pyrénées-Atlantiques (no other test
 * works there: a variant changes what every new convention of its Caf starts from).
 */
@IntegrationTest
class VarianteDeLaCafTest {

	private static final String PREAMBULE_CAF = "<p>La Caf des Pyrénées-Atlantiques accompagne {{collectivites}} "
			+ "depuis 2010.</p>";

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	Variantes variantes;

	@Autowired
	NouvellesEditions nouvelles;

	@Autowired
	ConventionService redaction;

	@Autowired
	ConventionApi conventions;

	@Autowired
	DocumentApi documents;

	CafVue caf64;

	CafVue caf31;

	UtilisateurConnecte admin;

	@BeforeEach
	void sansVariante() throws SQLException {
		this.caf64 = this.scenario.caf("64");
		this.caf31 = this.scenario.caf("31");
		this.admin = Comptes.utilisateur(this.caf64.id(), Role.ADMIN_CAF);
		try (Connection connexion = BaseDeTest.ouvrir(); Statement sql = connexion.createStatement()) {
			sql.execute("DELETE FROM modele_variante WHERE caf_id = " + this.caf64.id());
		}
	}

	@Test
	void laVarianteAdapteeEstNettoyeeEtNeGardeQueLesChampsConnus() {
		VarianteLue creee = enAdmin(() -> this.variantes.creer("CNAF-2026"));
		VarianteLue adaptee = enAdmin(() -> this.variantes.adapter("champs-caf",
				"<p onclick=\"x()\">Article de la Caf pour {{de_collectivites}}.</p><script>alert(1)</script>",
				creee.version()));
		VarianteLue.TexteVariante article2 = texte(adaptee, "champs-caf");
		assertThat(article2.caf()).isEqualTo("<p>Article de la Caf pour {{de_collectivites}}.</p>");
		assertThat(article2.difference()).contains("<ins>").contains("<del>");
		assertThat(adaptee.version()).isEqualTo(creee.version() + 1);

		assertThatThrownBy(() -> enAdmin(() -> this.variantes.adapter("champs-caf",
				"<p>Signé par {{maire}} et {{collectivites}}.</p>", adaptee.version())))
			.isInstanceOfSatisfying(DonneesInvalides.class, (e) -> assertThat(e.erreurs()).containsEntry("contenu",
					"Champ inconnu : {{maire}}. Utilisez un des champs proposés, ou retirez les accolades."));
		assertThatThrownBy(() -> enAdmin(() -> this.variantes.adapter("objet", "<p>Objet.</p>", adaptee.version())))
			.isInstanceOf(ElementIntrouvable.class);
		assertThatThrownBy(() -> enAdmin(() -> this.variantes.adapter("champs-caf", "<p>Autre.</p>", creee.version())))
			.isInstanceOf(ConflitMetier.class)
			.hasMessageContaining("rechargez la page");
		VarianteLue nationale = enAdmin(() -> this.variantes.revenirAuNational("champs-caf", adaptee.version()));
		assertThat(texte(nationale, "champs-caf").adapte()).isFalse();
	}

	@Test
	void lApiRefuseUnChampInconnuAvecUnMessageSurLeChamp() throws Exception {
		VarianteLue creee = enAdmin(() -> this.variantes.creer("CNAF-2026"));
		this.mvc
			.perform(put("/api/modele/variante/textes/preambule").with(user(this.admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"contenu\": \"<p>{{nom_du_maire}}</p>\", \"version\": " + creee.version() + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.erreurs[0].champ").value("contenu"))
			.andExpect(jsonPath("$.erreurs[0].message")
				.value("Champ inconnu : {{nom_du_maire}}. Utilisez un des champs proposés, ou retirez les accolades."));
	}

	@Test
	void uneNouvelleConventionPartDeLaVarianteEtLeNote() throws Exception {
		long sansVariante = nouvelleConvention();
		assertThat(lire(sansVariante).editionModele()).isEqualTo("CNAF-2027");

		VarianteLue creee = enAdmin(() -> this.variantes.creer("CNAF-2026"));
		VarianteLue adaptee = enAdmin(() -> this.variantes.adapter("preambule", PREAMBULE_CAF, creee.version()));
		long avecVariante = nouvelleConvention();
		ConventionLue convention = lire(avecVariante);
		assertThat(convention.editionModele()).isEqualTo("CNAF-2026 + variante Caf 64 v" + adaptee.version());
		assertThat(article(convention, "preambule").contenu()).isEqualTo(PREAMBULE_CAF);
		assertThat(article(convention, "champs-caf").contenu()).isEqualTo(nationale2026("champs-caf"));
		String html = Comptes.en(Comptes.utilisateur(this.caf64.id(), Role.CONSEILLER),
				() -> this.documents.html(avecVariante));
		assertThat(html).contains("et de gestion (Cog) arrêtée").doesNotContain("2023-2027");
		this.mvc
			.perform(get("/conventions/" + avecVariante)
				.with(user(Comptes.utilisateur(this.caf64.id(), Role.CONSEILLER))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("CNAF-2026 + variante Caf 64 v")));
	}

	@Test
	void laComparaisonMontreMotAMotLesTextesQueLaNouvelleEditionChange() {
		VarianteLue creee = enAdmin(() -> this.variantes.creer("CNAF-2026"));
		enAdmin(() -> this.variantes.adapter("preambule", PREAMBULE_CAF, creee.version()));
		ComparaisonEdition comparaison = enAdmin(() -> this.nouvelles.comparaison("CNAF-2027"));
		assertThat(comparaison.editionBase()).isEqualTo("CNAF-2026");
		assertThat(comparaison.textes()).extracting(TexteCompare::cle)
			.containsExactly("visas", "preambule", "donnees", "communication", "suivi", "ctg_dans_ma_poche");
		assertThat(compare(comparaison, "visas").difference()).contains("<ins>2023-2027 </ins>")
			.containsPattern("<ins>[^<]*2021-1131");
		assertThat(compare(comparaison, "donnees").difference()).contains("<del>Règlement")
			.contains("<ins>règlement (UE) 2016/679");
		assertThat(compare(comparaison, "donnees").aChoisir()).isFalse();
		TexteCompare preambule = compare(comparaison, "preambule");
		assertThat(preambule.texteCaf()).isEqualTo(PREAMBULE_CAF);
		assertThat(preambule.choixParDefaut()).isEqualTo(Choix.GARDER_CAF);
		assertThat(compare(comparaison, "communication").choixParDefaut()).isEqualTo(Choix.ADOPTER_NATIONAL);
		assertThatThrownBy(() -> enAdmin(() -> this.nouvelles.comparaison("CNAF-2026")))
			.isInstanceOf(ConflitMetier.class);
	}

	@Test
	void lAdoptionAppliqueLesChoixEnUneFoisEtLaisseLesConventionsExistantes() {
		VarianteLue creee = enAdmin(() -> this.variantes.creer("CNAF-2026"));
		enAdmin(() -> this.variantes.adapter("preambule", PREAMBULE_CAF, creee.version()));
		VarianteLue adaptee = enAdmin(() -> this.variantes.adapter("communication",
				"<p>Communication propre à la Caf.</p>", creee.version() + 1));
		long existante = nouvelleConvention();
		ConventionLue avant = lire(existante);

		assertThatThrownBy(() -> enAdmin(() -> this.nouvelles.adopter("CNAF-2027", adaptee.version(),
				Map.of("preambule", Choix.GARDER_CAF, "objet", Choix.ADOPTER_NATIONAL))))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(e) -> assertThat(e.erreurs()).containsKeys("choix[objet]", "choix[communication]"));
		VarianteLue intacte = enAdmin(() -> this.variantes.lire().orElseThrow());
		assertThat(intacte.editionBase()).isEqualTo("CNAF-2026");
		assertThat(intacte.version()).isEqualTo(adaptee.version());
		assertThat(intacte.adoptions()).isEmpty();
		assertThatThrownBy(() -> enAdmin(() -> this.nouvelles.adopter("CNAF-2027", adaptee.version() - 1,
				Map.of("preambule", Choix.GARDER_CAF, "communication", Choix.ADOPTER_NATIONAL))))
			.isInstanceOf(ConflitMetier.class);

		VarianteLue rebasee = enAdmin(() -> this.nouvelles.adopter("CNAF-2027", adaptee.version(), Map.of("preambule",
				Choix.GARDER_CAF, "communication", Choix.ADOPTER_NATIONAL, "suivi", Choix.GARDER_CAF)));
		assertThat(rebasee.editionBase()).isEqualTo("CNAF-2027");
		assertThat(rebasee.version()).isEqualTo(adaptee.version() + 1);
		assertThat(texte(rebasee, "preambule").caf()).isEqualTo(PREAMBULE_CAF);
		assertThat(texte(rebasee, "communication").adapte()).isFalse();
		assertThat(texte(rebasee, "communication").national()).contains("monenfant.fr");
		assertThat(texte(rebasee, "suivi").caf()).contains("idéalement chaque trimestre)").doesNotContain("semestre");
		assertThat(rebasee.adoptions()).singleElement().satisfies((adoption) -> {
			assertThat(adoption.editionAvant()).isEqualTo("CNAF-2026");
			assertThat(adoption.editionApres()).isEqualTo("CNAF-2027");
			assertThat(adoption.par()).isEqualTo(this.admin.nomComplet());
			assertThat(adoption.choix()).extracting(AdoptionLue.ChoixLu::cle, AdoptionLue.ChoixLu::choix)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("preambule", Choix.GARDER_CAF),
						org.assertj.core.groups.Tuple.tuple("donnees", Choix.ADOPTER_NATIONAL),
						org.assertj.core.groups.Tuple.tuple("communication", Choix.ADOPTER_NATIONAL),
						org.assertj.core.groups.Tuple.tuple("suivi", Choix.GARDER_CAF));
		});

		ConventionLue apres = lire(existante);
		assertThat(apres.editionModele()).isEqualTo(avant.editionModele()).startsWith("CNAF-2026 + variante");
		assertThat(apres.articles()).extracting(ArticleLu::contenu)
			.containsExactlyElementsOf(avant.articles().stream().map(ArticleLu::contenu).toList());
		assertThat(lire(nouvelleConvention()).editionModele())
			.isEqualTo("CNAF-2027 + variante Caf 64 v" + rebasee.version());
	}

	@Test
	void laPageDAdministrationSignaleLaNouvelleEditionEtEnregistreLesChoix() throws Exception {
		this.mvc.perform(get("/administration/modele").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Créer la variante")));
		this.mvc
			.perform(post("/administration/modele/variante").param("edition", "CNAF-2026")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		VarianteLue creee = enAdmin(() -> this.variantes.lire().orElseThrow());
		this.mvc
			.perform(post("/administration/modele/textes/preambule").param("contenu", "<p>{{inconnu}}</p>")
				.param("version", String.valueOf(creee.version()))
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Champ inconnu : {{inconnu}}")));
		this.mvc
			.perform(post("/administration/modele/textes/preambule").param("contenu", PREAMBULE_CAF)
				.param("version", String.valueOf(creee.version()))
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/administration/modele").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nouvelle – à examiner")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Rédaction de la Caf")));
		this.mvc.perform(get("/administration/modele/editions/CNAF-2027").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"choix[preambule]\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<ins>")));
		this.mvc
			.perform(post("/administration/modele/editions/CNAF-2027")
				.param("version", String.valueOf(creee.version() + 1))
				.param("choix[preambule]", "PEUT_ETRE")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choix inconnu pour preambule.")));
		assertThat(enAdmin(() -> this.variantes.lire().orElseThrow()).editionBase()).isEqualTo("CNAF-2026");
		this.mvc
			.perform(post("/administration/modele/editions/CNAF-2027")
				.param("version", String.valueOf(creee.version() + 1))
				.param("choix[preambule]", "ADOPTER_NATIONAL")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		VarianteLue rebasee = enAdmin(() -> this.variantes.lire().orElseThrow());
		assertThat(rebasee.editionBase()).isEqualTo("CNAF-2027");
		assertThat(texte(rebasee, "preambule").adapte()).isFalse();
	}

	@Test
	void seulLAdministrateurDeLaCafToucheAuModele() throws Exception {
		UtilisateurConnecte conseiller = Comptes.utilisateur(this.caf64.id(), Role.CONSEILLER);
		this.mvc.perform(get("/administration/modele").with(user(conseiller))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/modele").with(user(conseiller))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/modele/adoption").with(user(conseiller))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"edition\": \"CNAF-2027\", \"version\": 1}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThatThrownBy(() -> Comptes.en(conseiller, () -> this.variantes.creer("CNAF-2026")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> Comptes.en(Comptes.utilisateur(this.caf64.id(), Role.DIRECTEUR),
				() -> this.nouvelles.comparaison("CNAF-2027")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void uneAutreCafNeVoitPasLaVariante() throws Exception {
		VarianteLue creee = enAdmin(() -> this.variantes.creer("CNAF-2026"));
		enAdmin(() -> this.variantes.adapter("preambule", PREAMBULE_CAF, creee.version()));
		UtilisateurConnecte admin31 = Comptes.utilisateur(this.caf31.id(), Role.ADMIN_CAF);
		this.mvc.perform(get("/api/modele").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.variante.editionBase").value("CNAF-2026"))
			.andExpect(jsonPath("$.editions[1].aExaminer").value(true));
		this.mvc.perform(get("/api/modele").with(user(admin31)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.editions.length()").value(2))
			.andExpect(jsonPath("$.variante").doesNotExist());
		try (Connection connexion = BaseDeTest.ouvrir(); Statement sql = connexion.createStatement()) {
			sql.execute("SET ROLE atelier_app");
			sql.execute("SELECT set_config('app.tenant', '" + this.caf31.id() + "', false)");
			assertThat(compter(sql, "SELECT count(*) FROM modele_variante")).isZero();
			assertThat(compter(sql, "SELECT count(*) FROM modele_variante_article")).isZero();
			assertThat(sql.executeUpdate("UPDATE modele_variante_article SET contenu = 'piraté'")).isZero();
			sql.execute("SELECT set_config('app.tenant', '" + this.caf64.id() + "', false)");
			assertThat(compter(sql, "SELECT count(*) FROM modele_variante_article")).isOne();
		}
	}

	private long nouvelleConvention() {
		return Comptes.en(Comptes.utilisateur(this.caf64.id(), Role.CONSEILLER),
				() -> this.redaction.creer(new ConventionCommande("Convention territoriale globale", "Pays basque",
						LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), "Pau", PresidenceCopil.ALTERNEE, false),
						new RepresentantCommande(Civilite.MADAME, "Anne", "Etcheverry", "présidente"),
						new RepresentantCommande(Civilite.MONSIEUR, "Paul", "Larralde", "directeur")));
	}

	private ConventionLue lire(long id) {
		return Comptes.en(Comptes.utilisateur(this.caf64.id(), Role.CONSEILLER), () -> this.conventions.lire(id));
	}

	private String nationale2026(String cle) {
		return Comptes
			.en(this.admin,
					() -> this.variantes.lire().orElseThrow().textes().stream().filter((t) -> t.cle().equals(cle)))
			.findFirst()
			.orElseThrow()
			.national();
	}

	private <T> T enAdmin(java.util.function.Supplier<T> travail) {
		return Comptes.en(this.admin, travail);
	}

	private static ArticleLu article(ConventionLue convention, String cle) {
		return convention.articles().stream().filter((a) -> a.cle().equals(cle)).findFirst().orElseThrow();
	}

	private static VarianteLue.TexteVariante texte(VarianteLue variante, String cle) {
		return variante.textes().stream().filter((t) -> t.cle().equals(cle)).findFirst().orElseThrow();
	}

	private static TexteCompare compare(ComparaisonEdition comparaison, String cle) {
		return comparaison.textes().stream().filter((t) -> t.cle().equals(cle)).findFirst().orElseThrow();
	}

	private static long compter(Statement sql, String requete) throws SQLException {
		try (ResultSet r = sql.executeQuery(requete)) {
			r.next();
			return r.getLong(1);
		}
	}

}
