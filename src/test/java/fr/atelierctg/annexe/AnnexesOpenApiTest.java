package fr.atelierctg.annexe;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.support.IntegrationTest;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every annex's REST API is described, with a summary, in the OpenAPI document. */
@IntegrationTest
class AnnexesOpenApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void chaqueAnnexeEstDecriteDansOpenApi() throws Exception {
		String racine = "$.paths['/api/conventions/{id}/annexes";
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(racine + "'].get.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath(racine + "/pdf'].post.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath(racine + "/diagnostic'].get").exists())
			.andExpect(jsonPath(racine + "/diagnostic/sections/{code}'].put").exists())
			.andExpect(jsonPath(racine + "/equipements'].get.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath(racine + "/equipements/{signataireId}/import'].post.summary")
				.value(not(emptyOrNullString())))
			.andExpect(jsonPath(racine + "/plan-actions'].get").exists())
			.andExpect(jsonPath(racine + "/plan-actions/actions'].post").exists())
			.andExpect(jsonPath(racine + "/competences'].get").exists())
			.andExpect(jsonPath(racine + "/competences/lignes/{ligneId}'].put").exists())
			.andExpect(jsonPath(racine + "/projections'].get").exists())
			.andExpect(jsonPath(racine + "/projections/{codeAo}'].put").exists())
			.andExpect(jsonPath(racine + "/pilotage'].put").exists())
			.andExpect(
					jsonPath("$.paths['/api/conventions/{id}/signataires/{signataireId}/deliberation'].post").exists());
	}

}
