package fr.atelierctg.version;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Versions through the pages and the REST API: rights, tenants, 404s. */
@IntegrationTest
class VersionsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	VersionsApi versions;

	@Autowired
	fr.atelierctg.convention.ConventionApi conventions;

	@Autowired
	fr.atelierctg.convention.ConventionService redaction;

	@Autowired
	fr.atelierctg.annexe.equipements.EquipementsApi equipements;

	CafVue caf;

	UtilisateurConnecte conseiller;

	long convention;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
	}

	@Test
	void unConseillerEnregistreUneVersionPuisLaCompareALEtatActuel() throws Exception {
		this.mvc
			.perform(
					post(page()).param("libelle", "Texte envoyé aux communes").with(csrf()).with(user(this.conseiller)))
			.andExpect(redirectedUrl(page() + "#version-1"));
		VersionLue version = Comptes.en(this.conseiller, () -> this.versions.lister(this.convention)).get(0);

		this.mvc.perform(get(page()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Texte envoyé aux communes")))
			.andExpect(content().string(containsString(version.pdfSha256())))
			.andExpect(content().string(containsString("Enregistrer une version")));
		byte[] pdf = this.mvc.perform(get(page() + "/1.pdf").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(VersionsApi.sha256(pdf)).isEqualTo(version.pdfSha256());
		this.mvc.perform(get(page() + "/comparer").param("de", "1").param("a", "actuel").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aucune différence entre ces deux états")))
			.andExpect(content().string(containsString("— aucune différence")));
	}

	@Test
	void laPageDeComparaisonSurligneLesMotsEtLesCellulesChanges() throws Exception {
		long epci = this.scenario.epci(this.caf, this.convention);
		fr.atelierctg.convention.ArticleLu article = Comptes
			.en(this.conseiller, () -> this.conventions.lire(this.convention))
			.articles()
			.stream()
			.filter((a) -> a.nature() == fr.atelierctg.convention.NatureArticle.ARTICLE)
			.findFirst()
			.orElseThrow();
		Comptes.en(this.conseiller, () -> {
			this.redaction.modifierArticle(this.convention, article.id(), new fr.atelierctg.convention.ArticleCommande(
					article.titre(), "<p>Les parties retiennent trois priorités.</p>", null));
			this.equipements.ajouter(this.convention, epci, new fr.atelierctg.annexe.equipements.SaisieEquipement("RPE",
					"Relais du Val", "Val de Garonne Agglomération", "", "Marmande", "1,5", null));
			return this.versions.enregistrer(this.convention, null);
		});
		Comptes.en(this.conseiller, () -> {
			this.redaction.modifierArticle(this.convention, article.id(), new fr.atelierctg.convention.ArticleCommande(
					article.titre(), "<p>Les parties retiennent quatre priorités.</p>", null));
			fr.atelierctg.annexe.equipements.EquipementLu rpe = this.equipements.equipements(this.convention, epci)
				.get(0);
			return this.equipements.modifier(this.convention, epci, rpe.id(),
					new fr.atelierctg.annexe.equipements.SaisieEquipement("RPE", "Relais du Val",
							"Val de Garonne Agglomération", "", "Marmande", "2", rpe.version()));
		});

		this.mvc.perform(get(page() + "/comparer").param("de", "1").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<del><span class=\"visually-hidden\">supprimé : </span>trois </del><ins><span class=\"visually-hidden\">ajouté : </span>quatre </ins>priorités.")))
			.andExpect(content().string(containsString("Ligne modifiée")))
			.andExpect(content().string(containsString("<span>1,50 ETP</span>")))
			.andExpect(content().string(containsString("<span>2,00 ETP</span>")));
	}

	@Test
	void lApiEnregistreLitEtCompareLesVersions() throws Exception {
		this.mvc
			.perform(post(api()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"libelle\":\"Avant la relecture\"}")
				.with(user(this.conseiller)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", api() + "/1"))
			.andExpect(jsonPath("$.numero").value(1))
			.andExpect(jsonPath("$.origine").value("DEMANDE"));
		this.mvc.perform(get(api()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].libelle").value("Avant la relecture"));
		this.mvc.perform(get(api() + "/1").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statut").value("BROUILLON"))
			.andExpect(jsonPath("$.articles[1].numero").value("Article 1"));
		this.mvc.perform(get(api() + "/1/pdf").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		this.mvc.perform(get(api() + "/comparaison").param("de", "1").param("a", "1").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rubriques[0].etat").value("IDENTIQUE"));
		this.mvc.perform(get(api() + "/comparaison").param("de", "1").param("a", "deux").with(user(this.conseiller)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get(api() + "/7").with(user(this.conseiller)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void uneAutreCafNeVoitNiNeCreeLesVersions() throws Exception {
		Comptes.en(this.conseiller, () -> this.versions.enregistrer(this.convention, null));
		UtilisateurConnecte autreCaf = Comptes.utilisateur(this.scenario.caf("31").id(), Role.CONSEILLER);

		this.mvc.perform(get(api()).with(user(autreCaf)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get(api() + "/1/pdf").with(user(autreCaf))).andExpect(status().isNotFound());
		this.mvc.perform(post(api()).with(user(autreCaf))).andExpect(status().isNotFound());
		this.mvc.perform(get(page() + "/1.pdf").with(user(autreCaf))).andExpect(status().isNotFound());
		assertThat(Comptes.en(this.conseiller, () -> this.versions.lister(this.convention))).hasSize(1);
	}

	@Test
	void unLecteurLitLesVersionsSansPouvoirEnEnregistrer() throws Exception {
		UtilisateurConnecte lecteur = Comptes.utilisateur(this.caf.id(), Role.LECTEUR);

		this.mvc.perform(post(api()).with(user(lecteur))).andExpect(status().isForbidden());
		this.mvc.perform(get(api()).with(user(lecteur))).andExpect(status().isOk());
		this.mvc.perform(get(page()).with(user(lecteur)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Enregistrer une version"))));
	}

	@Test
	void unChargeDeCooperationLitLesVersionsDesConventionsQueSaCollectiviteSigne() throws Exception {
		Comptes.en(this.conseiller, () -> this.versions.enregistrer(this.convention, null));
		UtilisateurConnecte chargeVga = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		UtilisateurConnecte chargeAgen = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, "200096956");

		this.mvc.perform(get(api()).with(user(chargeVga))).andExpect(status().isOk());
		this.mvc.perform(get(page() + "/comparer").param("de", "1").with(user(chargeVga))).andExpect(status().isOk());
		this.mvc.perform(post(api()).with(user(chargeVga))).andExpect(status().isForbidden());
		this.mvc.perform(get(api()).with(user(chargeAgen))).andExpect(status().isNotFound());
	}

	private String page() {
		return "/conventions/" + this.convention + "/versions";
	}

	private String api() {
		return "/api/conventions/" + this.convention + "/versions";
	}

}
