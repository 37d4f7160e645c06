package fr.atelierctg.annexe.competences;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The AO table's findings appear in the check report, linked to their row; the convention
 * page sums it up.
 */
@IntegrationTest
class VerificationSurLaPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Test
	void laPageDeLaConventionSignaleLeRelaisPetiteEnfanceManquantDeMarmande() throws Exception {
		CafVue caf = this.scenario.caf("47");
		long convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(caf);
		this.mvc.perform(get("/conventions/" + convention).with(user(Comptes.utilisateur(caf.id(), Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vérification :")))
			.andExpect(content().string(containsString("/conventions/" + convention + "/verification")));
		this.mvc
			.perform(get("/conventions/" + convention + "/verification")
				.with(user(Comptes.utilisateur(caf.id(), Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/annexes/competences#ligne-47157")))
			.andExpect(content().string(containsString("relais petite enfance")));
	}

}
