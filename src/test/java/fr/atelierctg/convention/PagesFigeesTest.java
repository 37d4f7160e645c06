package fr.atelierctg.convention;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A validated convention's pages offer no way to change it (no button leading to a
 * refusal), and a convention that left brouillon offers no deletion.
 */
@IntegrationTest
class PagesFigeesTest {

	/** Links and forms that edit: adding, modifying, removing, moving, importing. */
	private static final Pattern EDITION = Pattern.compile(
			"(href|action)=\"[^\"]*/(nouveau|nouvelle|supprimer|monter|descendre|deplacer|import|zones|organisation"
					+ "|informations|membres|contributions|sections/[^\"/]+|copil/\\d+|lignes/\\d+|articles/\\d+|annexes/\\d+"
					+ "|signataires/\\d+|equipements/\\d+/\\d+)(\\?[^\"]*)?\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	CycleDeVie cycle;

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
	void lesPagesDUneConventionValideeNOffrentAucuneModification() throws Exception {
		long id = this.scenario.conventionPreteAValider(this.caf);
		Comptes.en(this.conseiller, () -> this.cycle.effectuer(id, Transition.DEMANDER_RELECTURE, ""));
		for (String page : PAGES) {
			assertThat(liensDEdition(id, page)).as("en relecture, " + page + " s'édite").isNotEmpty();
		}
		Comptes.en(this.directeur, () -> this.cycle.effectuer(id, Transition.VALIDER, ""));

		for (String page : PAGES) {
			assertThat(liensDEdition(id, page)).as(page).isEmpty();
		}
	}

	private static final List<String> PAGES = List.of("", "/annexes/diagnostic", "/annexes/equipements",
			"/annexes/plan-actions", "/annexes/pilotage", "/annexes/competences", "/annexes/projections");

	private List<String> liensDEdition(long id, String page) throws Exception {
		String html = this.mvc.perform(get("/conventions/" + id + page).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return EDITION.matcher(html).results().map((r) -> r.group()).toList();
	}

	@Test
	void uneConventionSortieDuBrouillonNeSePeutPlusSupprimer() throws Exception {
		long id = this.scenario.conventionPreteAValider(this.caf);
		this.mvc.perform(get("/conventions/" + id).with(user(this.conseiller)))
			.andExpect(content().string(containsString("Supprimer ce brouillon")));
		Comptes.en(this.conseiller, () -> this.cycle.effectuer(id, Transition.OUVRIR_CONCERTATION, ""));

		this.mvc.perform(get("/conventions/" + id).with(user(this.conseiller)))
			.andExpect(content().string(not(containsString("Supprimer ce brouillon"))));
		this.mvc.perform(post("/conventions/" + id + "/supprimer").with(user(this.conseiller)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Seul un brouillon peut être supprimé")));
	}

}
