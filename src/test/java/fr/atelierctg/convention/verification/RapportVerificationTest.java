package fr.atelierctg.convention.verification;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.convention.ArticleCommande;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.DeliberationCommande;
import fr.atelierctg.convention.RapportVerification;
import fr.atelierctg.convention.RepresentantCommande;
import fr.atelierctg.convention.SignataireCommande;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.convention.VerificationConvention.Signalement;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pre-signature check report, each finding with the place to fix it. */
@IntegrationTest
class RapportVerificationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionApi conventions;

	@Autowired
	ConventionService redaction;

	@Autowired
	RapportVerification rapport;

	CafVue caf;

	UtilisateurConnecte conseiller;

	long convention;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
	}

	private List<Signalement> signalements() {
		return Comptes.en(this.conseiller, () -> this.rapport.verifier(this.convention));
	}

	private ArticleLu article(String cle) {
		return Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention))
			.articles()
			.stream()
			.filter((a) -> cle.equals(a.cle()))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void uneConventionNeuveSignaleSesAnnexesVidesEtRienDansSesTextes() {
		List<Signalement> signalements = signalements();
		assertThat(signalements).filteredOn(Signalement::bloquant)
			.extracting(Signalement::message)
			.contains("Annexe 1 (« Diagnostic partagé ») n'est pas encore remplie.")
			.noneMatch((message) -> message.startsWith("L'article"));
		assertThat(signalements).extracting(Signalement::lien)
			.contains("/conventions/" + this.convention + "/annexes/diagnostic",
					"/conventions/" + this.convention + "/annexes/pilotage");
		// errors first
		assertThat(signalements.getFirst().bloquant()).isTrue();
	}

	@Test
	void unTexteLaisseAvecDesMarquesDuModeleBloqueEtMeneALArticle() {
		ArticleLu execution = article("execution");
		Comptes.en(this.conseiller, () -> {
			this.redaction.modifierArticle(this.convention, execution.id(), new ArticleCommande(execution.titre(),
					"<p>Cette convention comporte XX pages et XX annexes (A adapter).</p>", null));
			return null;
		});
		assertThat(signalements()).filteredOn((s) -> s.message().startsWith("L'article " + execution.numero()))
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.bloquant()).isTrue();
				assertThat(s.message()).contains("un « XX » à remplacer");
				assertThat(s.lien()).isEqualTo("/conventions/" + this.convention + "/articles/" + execution.id());
			});
	}

	@Test
	void lArticleSurLaDureeQuiContreditLaPeriodeBloque() {
		ArticleLu duree = article("duree");
		Comptes.en(this.conseiller, () -> {
			this.redaction.modifierArticle(this.convention, duree.id(), new ArticleCommande(duree.titre(),
					"<p>La présente convention est conclue du 1er janvier 2025 au 31 décembre 2028.</p>", null));
			return null;
		});
		assertThat(signalements()).extracting(Signalement::message)
			.anyMatch((m) -> m.startsWith("L'article " + duree.numero()) && m.contains("« 31 décembre 2028 »")
					&& m.contains("{{periode}}"));
	}

	@Test
	void unSignataireSansRepresentantNiDateDeDeliberationBloque() {
		Comptes.en(this.conseiller,
				() -> this.redaction.ajouterSignataire(this.convention,
						new SignataireCommande(TypeSignataire.COMMUNE, "47310", null, null, null, null, null,
								new DeliberationCommande("conseil municipal", null), false)));
		Comptes.en(this.conseiller,
				() -> this.redaction.ajouterSignataire(this.convention,
						new SignataireCommande(TypeSignataire.COMMUNE, "47001", null, null, null,
								new RepresentantCommande(null, "Anne", "Leroux", ""), null, null, false)));
		List<String> messages = signalements().stream()
			.filter(Signalement::bloquant)
			.map(Signalement::message)
			.toList();
		assertThat(messages).contains("La commune de Tonneins : représentant à désigner.",
				"La commune de Tonneins : date de la délibération manquante (son visa « Vu la délibération … en date du … » l'imprime).")
			.anyMatch((m) -> m.contains("Anne Leroux sans civilité ni qualité"));
	}

	@Test
	void leRapportSeLitSurSaPageEtDansLApi() throws Exception {
		this.mvc
			.perform(get("/conventions/" + this.convention + "/verification")
				.with(user(Comptes.utilisateur(this.caf.id(), Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vérification avant signature")))
			.andExpect(content().string(containsString("/annexes/diagnostic")));
		this.mvc.perform(get("/api/conventions/" + this.convention + "/verification").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.erreurs").value(greaterThan(0)))
			.andExpect(jsonPath("$.signalements[0].bloquant").value(true))
			.andExpect(jsonPath("$.signalements[0].lien").value(containsString("/conventions/" + this.convention)));
		CafVue autre = this.scenario.caf("31");
		this.mvc
			.perform(get("/api/conventions/" + this.convention + "/verification")
				.with(user(Comptes.utilisateur(autre.id(), Role.DIRECTEUR))))
			.andExpect(status().isNotFound());
	}

}
