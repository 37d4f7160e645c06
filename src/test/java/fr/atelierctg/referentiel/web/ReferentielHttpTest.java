package fr.atelierctg.referentiel.web;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.TenancyApi.NouvelUtilisateur;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ReferentielHttpTest {

	private static final String IDENTIFIANT = "lecteur.referentiel";

	private static final String MOT_DE_PASSE = "Referentiel-2026!";

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyApi tenancy;

	@BeforeEach
	void creerUnLecteur() {
		long caf = this.tenancy.cafDuDepartement("47").orElseThrow().id();
		this.tenancy.creerUtilisateurSiAbsent(caf, new NouvelUtilisateur(IDENTIFIANT, MOT_DE_PASSE, "Camille",
				"Lecteur", "camille.lecteur@caf47.example", Role.LECTEUR, Set.of()));
	}

	@Test
	void chercheDesCommunesEnJsonAvecHttpBasic() throws Exception {
		this.mvc
			.perform(get("/api/referentiel/communes").param("q", "marmande").with(httpBasic(IDENTIFIANT, MOT_DE_PASSE)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].codeInsee").value("47157"))
			.andExpect(jsonPath("$[0].siren").value("214701575"))
			.andExpect(jsonPath("$[0].nom").value("Marmande"))
			.andExpect(jsonPath("$[0].departement").value("47"))
			.andExpect(jsonPath("$[0].population").value(17849));
	}

	@Test
	void chercheDesEpciAvecLeNomDeLeursMembres() throws Exception {
		this.mvc
			.perform(get("/api/referentiel/epci").param("q", "val de garonne")
				.with(httpBasic(IDENTIFIANT, MOT_DE_PASSE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].siren").value("200030674"))
			.andExpect(jsonPath("$[0].nom").value("CA Val de Garonne Agglomération"))
			.andExpect(jsonPath("$[0].type").value("CA"))
			.andExpect(jsonPath("$[0].population").value(62194))
			.andExpect(jsonPath("$[0].membres", hasSize(43)))
			.andExpect(jsonPath("$[0].membres[?(@.codeInsee == '47157')].nom").value("Marmande"));
	}

	@Test
	void refuseUnAnonymeAvecUnProblemeJson() throws Exception {
		this.mvc.perform(get("/api/referentiel/communes").param("q", "marmande"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refuseUneRechercheVideEnProblemeJsonEnFrancais() throws Exception {
		for (String q : new String[] { "", "   " }) {
			this.mvc
				.perform(get("/api/referentiel/communes").param("q", q)
					.accept(MediaType.APPLICATION_JSON)
					.with(httpBasic(IDENTIFIANT, MOT_DE_PASSE)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.title").value("Paramètre invalide"))
				.andExpect(jsonPath("$.detail", startsWith("Le paramètre « q » est obligatoire")))
				.andExpect(jsonPath("$.parametre").value("q"));
		}
		this.mvc.perform(get("/api/referentiel/epci").with(httpBasic(IDENTIFIANT, MOT_DE_PASSE)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refuseUneLimiteQuiNEstPasUnNombre() throws Exception {
		this.mvc
			.perform(get("/api/referentiel/communes").param("q", "agen")
				.param("limite", "beaucoup")
				.with(httpBasic(IDENTIFIANT, MOT_DE_PASSE)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parametre").value("limite"));
	}

	@Test
	void suggereDesCommunesAuFormulaireConnecte() throws Exception {
		this.mvc
			.perform(get("/referentiel/suggestions").param("q", "marmande")
				.param("type", "commune")
				.with(user(IDENTIFIANT).roles("CONSEILLER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].type").value("commune"))
			.andExpect(jsonPath("$[0].code").value("47157"))
			.andExpect(jsonPath("$[0].siren").value("214701575"))
			.andExpect(jsonPath("$[0].nom").value("Marmande"))
			.andExpect(jsonPath("$[0].detail").value("Commune · 47 · 17\u202F849\u00A0hab."));
	}

	@Test
	void suggereDesEpciAvecLeNombreDeCommunes() throws Exception {
		this.mvc
			.perform(get("/referentiel/suggestions").param("q", "val de gar")
				.param("type", "epci")
				.with(user(IDENTIFIANT).roles("CONSEILLER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("200030674"))
			.andExpect(jsonPath("$[0].detail").value("CA · 43\u00A0communes · 62\u202F194\u00A0hab."));
	}

	@Test
	void suggereUneListeVidePourUneSaisieTropCourte() throws Exception {
		this.mvc
			.perform(get("/referentiel/suggestions").param("q", "m")
				.param("type", "commune")
				.with(user(IDENTIFIANT).roles("CONSEILLER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void refuseUnTypeDeSuggestionInconnu() throws Exception {
		this.mvc
			.perform(get("/referentiel/suggestions").param("q", "agen")
				.param("type", "region")
				.with(user(IDENTIFIANT).roles("CONSEILLER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parametre").value("type"));
	}

	@Test
	void renvoieLAnonymeALaConnexionPourLesSuggestions() throws Exception {
		this.mvc.perform(get("/referentiel/suggestions").param("q", "agen").param("type", "commune"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/connexion")));
	}

	@Test
	void decritLApiDansOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/referentiel/communes'].get.summary").value("Rechercher des communes"))
			.andExpect(jsonPath("$.components.schemas.MembreEpci.properties.nom").exists());
	}

}
