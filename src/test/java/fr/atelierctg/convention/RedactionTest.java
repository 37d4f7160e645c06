package fr.atelierctg.convention;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RedactionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionService redaction;

	@Autowired
	ConventionApi conventions;

	@Autowired
	TenancyApi tenancy;

	CafVue caf;

	UtilisateurConnecte conseiller;

	long convention;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
	}

	private List<String> cles() {
		return Comptes.en(this.conseiller,
				() -> this.conventions.lire(this.convention).articles().stream().map(ArticleLu::cle).toList());
	}

	@Test
	void unPartenaireQuiSigneRecoitSonArticleApresCeluiDesCollectivites() {
		long etat = Comptes.en(this.conseiller, () -> this.redaction.ajouterSignataire(this.convention,
				new SignataireCommande(TypeSignataire.AUTRE, null, null, null, CategoriePartenaire.ETAT,
						new RepresentantCommande(Civilite.MONSIEUR, "Daniel", "Barnier", "préfet de Lot-et-Garonne"),
						null, null, false)));
		List<String> cles = cles();
		assertThat(cles.get(cles.indexOf("champs-collectivites") + 1)).isEqualTo("partenaire-" + etat);
		ArticleLu article = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention))
			.articles()
			.stream()
			.filter((a) -> a.cle().equals("partenaire-" + etat))
			.findFirst()
			.orElseThrow();
		assertThat(article.numero()).isEqualTo(4);
		assertThat(article.titre()).isEqualTo("Les champs d'intervention {{de_partenaire}}");

		Comptes.en(this.conseiller, () -> {
			this.redaction.retirerSignataire(this.convention, etat);
			return null;
		});
		assertThat(cles()).doesNotContain("partenaire-" + etat);
	}

	@Test
	void deplaceUnArticleEtRenumerote() {
		List<ArticleLu> avant = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention).articles());
		ArticleLu recours = avant.stream().filter((a) -> a.cle().equals("recours")).findFirst().orElseThrow();
		Comptes.en(this.conseiller, () -> {
			this.redaction.deplacerArticle(this.convention, recours.id(), -1);
			return null;
		});
		ArticleLu apres = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention))
			.article(recours.id())
			.orElseThrow();
		assertThat(apres.numero()).isEqualTo(recours.numero() - 1);
		assertThat(cles().indexOf("recours")).isLessThan(cles().indexOf("fin"));
	}

	@Test
	void unArticleAjouteApresUnAutreEstNumeroteALaSuite() {
		ArticleLu objet = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention).articles().get(1));
		long ajoute = Comptes.en(this.conseiller,
				() -> this.redaction.ajouterArticle(this.convention,
						new ArticleCommande("Contexte local", "<p>Texte <b>gras</b> <script>x()</script></p>", null),
						objet.id()));
		ArticleLu article = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention))
			.article(ajoute)
			.orElseThrow();
		assertThat(article.numero()).isEqualTo(2);
		assertThat(article.cle()).isEqualTo("libre-1");
		assertThat(article.contenu()).isEqualTo("<p>Texte <strong>gras</strong> </p>");
	}

	@Test
	void refuseUneCommuneHorsReferentielOuDejaSignataire() {
		assertThatThrownBy(() -> Comptes.en(this.conseiller,
				() -> this.redaction.ajouterSignataire(this.convention,
						new SignataireCommande(TypeSignataire.COMMUNE, "47002", null, null, null, null, null, null,
								false))))
			.isInstanceOfSatisfying(DonneesInvalides.class, (ex) -> assertThat(ex.erreurs()).containsEntry("codeInsee",
					"Ce signataire figure déjà dans la convention."));
		assertThatThrownBy(
				() -> Comptes.en(this.conseiller,
						() -> this.redaction.ajouterSignataire(this.convention, new SignataireCommande(
								TypeSignataire.COMMUNE, "99999", null, null, null, null, null, null, false))))
			.isInstanceOf(DonneesInvalides.class);
		assertThatThrownBy(() -> Comptes.en(this.conseiller,
				() -> this.redaction.ajouterSignataire(this.convention,
						new SignataireCommande(TypeSignataire.SYNDICAT, null, null, "", null, null, null, null,
								false))))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs()).containsKeys("nom", "siren"));
	}

	@Test
	void ajouterUnEpciAvecSesMembresAjouteSesCommunes() {
		long id = Comptes.en(this.conseiller, () -> {
			long nouvelle = this.redaction.creer(new ConventionCommande("Avec membres", "",
					java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31), "", null, null), null,
					null);
			this.redaction.ajouterSignataire(nouvelle, new SignataireCommande(TypeSignataire.EPCI, null,
					Scenario.SIREN_VGA, null, null, null, null, null, true));
			return nouvelle;
		});
		ConventionLue lue = Comptes.en(this.conseiller, () -> this.conventions.lire(id));
		assertThat(lue.collectivites()).hasSize(44);
		assertThat(lue.signataires()).filteredOn((s) -> s.type() == TypeSignataire.COMMUNE)
			.allSatisfy((s) -> assertThat(s.representant()).isNull());
	}

	@Test
	void ladministrateurCreeUnCompteDeSaCafEtVoitSesErreurs() throws Exception {
		UtilisateurConnecte admin = Comptes.utilisateur(this.caf.id(), Role.ADMIN_CAF);
		this.mvc
			.perform(post("/administration/utilisateurs").with(user(admin))
				.with(csrf())
				.param("identifiant", "Mauvais Identifiant")
				.param("prenom", "")
				.param("nom", "Nouveau")
				.param("role", "CHARGE_COOPERATION")
				.param("motDePasse", "court")
				.param("sirens", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lettres minuscules")))
			.andExpect(content().string(containsString("au moins 12 caractères")))
			.andExpect(content().string(containsString("au moins une collectivité")));
		this.mvc
			.perform(post("/administration/utilisateurs").with(user(admin))
				.with(csrf())
				.param("identifiant", "nouvelle-cooperation")
				.param("prenom", "Nina")
				.param("nom", "Nouveau")
				.param("role", "CHARGE_COOPERATION")
				.param("motDePasse", "un-mot-de-passe-long")
				.param("sirens", Scenario.SIREN_VGA))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/administration/utilisateurs"));
		assertThat(this.tenancy.utilisateursDeLaCaf(this.caf.id())).anySatisfy((u) -> {
			assertThat(u.identifiant()).isEqualTo("nouvelle-cooperation");
			assertThat(u.sirenCollectivites()).containsExactly(Scenario.SIREN_VGA);
		});
		this.mvc
			.perform(get("/api/conventions/" + this.convention + "/document.pdf")
				.with(httpBasic("nouvelle-cooperation", "un-mot-de-passe-long")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void unConseillerSupprimeUnBrouillonEtUnLecteurNePeutPas() throws Exception {
		this.mvc
			.perform(post("/conventions/" + this.convention + "/supprimer")
				.with(user(Comptes.utilisateur(this.caf.id(), Role.LECTEUR)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/conventions/" + this.convention + "/supprimer").with(user(this.conseiller)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/conventions"));
		this.mvc.perform(get("/conventions/" + this.convention).with(user(this.conseiller)))
			.andExpect(status().isNotFound());
	}

}
