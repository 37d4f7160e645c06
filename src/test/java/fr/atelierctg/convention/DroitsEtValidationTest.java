package fr.atelierctg.convention;

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
import fr.atelierctg.tenancy.TenancyApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DroitsEtValidationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	TenancyApi tenancy;

	@Autowired
	ConventionApi conventions;

	CafVue caf47;

	long convention;

	@BeforeEach
	void preparer() {
		this.caf47 = this.scenario.caf("47");
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf47);
		for (Role role : Role.values()) {
			this.tenancy.creerUtilisateurSiAbsent(this.caf47.id(), new TenancyApi.NouvelUtilisateur(
					"t-" + role.name().toLowerCase(), "motdepasse-test", "T", role.name(), null, role,
					role == Role.CHARGE_COOPERATION ? java.util.Set.of(Scenario.SIREN_VGA) : java.util.Set.of()));
		}
	}

	private static String json(String titre, String debut, String fin) {
		return "{\"titre\":\"" + titre + "\",\"dateDebut\":\"" + debut + "\",\"dateFin\":\"" + fin + "\"}";
	}

	@Test
	void unLecteurEtUnAdministrateurNeRedigentPas() throws Exception {
		for (String identifiant : new String[] { "t-lecteur", "t-admin_caf", "t-charge_cooperation" }) {
			this.mvc
				.perform(post("/api/conventions").with(httpBasic(identifiant, "motdepasse-test"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(json("Refusée", "2026-01-01", "2026-12-31")))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		this.mvc
			.perform(post("/conventions/" + this.convention + "/informations")
				.with(user(Comptes.utilisateur(this.caf47.id(), Role.LECTEUR)))
				.with(csrf())
				.param("titre", "Changé"))
			.andExpect(status().isForbidden());
		assertThat(Comptes
			.en(Comptes.utilisateur(this.caf47.id(), Role.LECTEUR), () -> this.conventions.lire(this.convention))
			.titre()).isEqualTo("CTG de test");
	}

	@Test
	void unConseillerCreeUneConventionParLApi() throws Exception {
		this.mvc
			.perform(post("/api/conventions").with(httpBasic("t-conseiller", "motdepasse-test"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("CTG API", "2026-01-01", "2030-12-31")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/conventions/")))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.titre").value("CTG API"));
	}

	@Test
	void seulsLesRolesCafAdministrentLesComptes() throws Exception {
		this.mvc
			.perform(get("/administration/utilisateurs")
				.with(user(Comptes.utilisateur(this.caf47.id(), Role.CONSEILLER))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/administration/utilisateurs")
				.with(user(Comptes.utilisateur(this.caf47.id(), Role.ADMIN_CAF))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("t-lecteur")));
	}

	@Test
	void unChargeDeCooperationNeVoitQueLesConventionsDeSesCollectivites() throws Exception {
		this.mvc
			.perform(get("/api/conventions/" + this.convention)
				.with(httpBasic("t-charge_cooperation", "motdepasse-test")))
			.andExpect(status().isOk());
		this.tenancy.creerUtilisateurSiAbsent(this.caf47.id(), new TenancyApi.NouvelUtilisateur("t-autre-epci",
				"motdepasse-test", "T", "Autre", null, Role.CHARGE_COOPERATION, java.util.Set.of("200068625")));
		this.mvc.perform(get("/api/conventions/" + this.convention).with(httpBasic("t-autre-epci", "motdepasse-test")))
			.andExpect(status().isNotFound());
	}

	@Test
	void refuseUneDateDeFinAuDelaDeN4AvecUnMessageEnFrancais() throws Exception {
		this.mvc
			.perform(post("/api/conventions").with(httpBasic("t-conseiller", "motdepasse-test"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("", "2025-01-01", "2030-01-01")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'dateFin')].message",
					org.hamcrest.Matchers.hasItem(containsString("31 décembre 2029"))))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'titre')].message",
					org.hamcrest.Matchers.hasItem("Indiquez le titre de la convention.")));
		this.mvc
			.perform(post("/api/conventions").with(httpBasic("t-conseiller", "motdepasse-test"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"titre\": \"x\", \"dateDebut\": \"pas une date\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Requête illisible"));
	}

	@Test
	void leFormulaireAfficheLErreurAcoteDuChampEtNEnregistreRien() throws Exception {
		this.mvc
			.perform(post("/conventions/" + this.convention + "/informations")
				.with(user(Comptes.utilisateur(this.caf47.id(), Role.CONSEILLER)))
				.with(csrf())
				.param("titre", "Nouveau titre")
				.param("territoire", "VGA")
				.param("dateDebut", "2025-01-01")
				.param("dateFin", "2031-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("31 décembre 2029")));
		assertThat(Comptes
			.en(Comptes.utilisateur(this.caf47.id(), Role.LECTEUR), () -> this.conventions.lire(this.convention))
			.titre()).isEqualTo("CTG de test");
	}

	@Test
	void refuseUnChampInconnuEtNeModifiePasLArticle() throws Exception {
		ArticleLu article = Comptes.en(Comptes.utilisateur(this.caf47.id(), Role.LECTEUR),
				() -> this.conventions.lire(this.convention).articles().get(1));
		this.mvc
			.perform(put("/api/conventions/" + this.convention + "/articles/" + article.id())
				.with(httpBasic("t-conseiller", "motdepasse-test"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"titre\":\"Objet\",\"contenu\":\"<p>Pour {{periode}} et {{inexistant}}</p>\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].champ").value("contenu"))
			.andExpect(jsonPath("$.erreurs[0].message").value(containsString("{{inexistant}}")));
		assertThat(Comptes.en(Comptes.utilisateur(this.caf47.id(), Role.LECTEUR),
				() -> this.conventions.lire(this.convention).article(article.id()).orElseThrow().contenu()))
			.isEqualTo(article.contenu());
	}

	@Test
	void sansIdentifiantsLApiRepond401() throws Exception {
		this.mvc.perform(get("/api/conventions"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

}
