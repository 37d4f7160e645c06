package fr.atelierctg.renouvellement;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.annexe.plan.ActionLu;
import fr.atelierctg.annexe.plan.PlanActionsApi;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static fr.atelierctg.renouvellement.ConventionsSignees.AUJOURDHUI;
import static fr.atelierctg.renouvellement.ConventionsSignees.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The renewal as a user walks it in the pages, and over the API. */
@IntegrationTest
class RenouvellementPagesEtApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConventionsSignees signees;

	@Autowired
	Scenario scenario;

	@Autowired
	PlanActionsApi plan;

	@Autowired
	Renouvellements renouvellements;

	CafVue caf;

	long id;

	final int annee = AUJOURDHUI.getYear();

	@BeforeEach
	void uneConventionEnVigueurDansSaDerniereAnnee() {
		this.caf = this.scenario.caf("47");
		this.id = this.signees.enDerniereAnnee(this.caf);
	}

	@Test
	void unConseillerPrepareLeRenouvellementDansLesPages() throws Exception {
		this.mvc.perform(get("/conventions/" + this.id).with(user(compte(Role.CONSEILLER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Préparer le renouvellement")));
		this.mvc.perform(get("/conventions/" + this.id).with(user(compte(Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Préparer le renouvellement"))));
		this.mvc.perform(get("/conventions/" + this.id + "/renouvellement").with(user(compte(Role.CONSEILLER))))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("CTG Val de Garonne " + (this.annee + 1) + "–" + (this.annee + 5))))
			.andExpect(content().string(containsString("Ouvrir un lieu d&#39;accueil enfants-parents")))
			.andExpect(content().string(containsString("Réécrire")))
			.andExpect(content().string(containsString("Jeanne Bissières, maire")))
			.andExpect(content().string(containsString("III. a. Petite enfance")));

		List<ActionLu> actions = en(this.caf, Role.LECTEUR, () -> this.plan.lire(this.id)).toutesLesActions();
		this.mvc
			.perform(post("/conventions/" + this.id + "/renouvellement").with(user(compte(Role.CONSEILLER)))
				.with(csrf())
				.param("titre", "CTG Val de Garonne " + (this.annee + 1) + "-" + (this.annee + 5))
				.param("dateDebut", (this.annee + 1) + "-01-01")
				.param("dateFin", (this.annee + 6) + "-12-31")
				.param("fiches[0].actionId", Long.toString(actions.get(0).id()))
				.param("fiches[0].choix", "RECONDUIRE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rien n'a été enregistré")))
			.andExpect(content().string(containsString("31 décembre " + (this.annee + 5))));
		assertThat(en(this.caf, Role.LECTEUR, () -> this.renouvellements.succession(this.id)).successeur()).isNull();

		String page = this.mvc
			.perform(post("/conventions/" + this.id + "/renouvellement").with(user(compte(Role.CONSEILLER)))
				.with(csrf())
				.param("titre", "CTG Val de Garonne " + (this.annee + 1) + "-" + (this.annee + 5))
				.param("dateDebut", (this.annee + 1) + "-01-01")
				.param("dateFin", (this.annee + 5) + "-12-31")
				.param("fiches[0].actionId", Long.toString(actions.get(0).id()))
				.param("fiches[0].choix", "RECONDUIRE")
				.param("fiches[1].actionId", Long.toString(actions.get(1).id()))
				.param("fiches[1].choix", "REECRIRE")
				.param("fiches[2].actionId", Long.toString(actions.get(2).id()))
				.param("fiches[2].choix", "CLORE")
				.param("fiches[2].note", "Objectif atteint <script>alert(1)</script>"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long successeur = Long.parseLong(page.substring("/conventions/".length()));

		this.mvc.perform(get(page).with(user(compte(Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Renouvelle la")))
			.andExpect(content().string(containsString("CTG " + (this.annee - 4) + "–" + this.annee)))
			.andExpect(content().string(containsString("/conventions/" + this.id + "\"")));
		this.mvc.perform(get("/conventions/" + this.id).with(user(compte(Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Renouvelée par")))
			.andExpect(content().string(containsString("/conventions/" + successeur + "\"")));
		this.mvc.perform(get(page + "/reprise").with(user(compte(Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fiches closes à l'issue de la CTG précédente")))
			.andExpect(content().string(containsString("Action 1.3 – Étendre les horaires du RPE")))
			.andExpect(content().string(containsString("Objectif atteint &lt;script&gt;")));
		this.mvc.perform(get(page + "/annexes/diagnostic/sections/i").with(user(compte(Role.CONSEILLER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("À mettre à jour.")));
		this.mvc.perform(get(page + "/annexes/diagnostic").with(user(compte(Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cette section reprend le diagnostic de la convention")));
		long aReecrire = en(this.caf, Role.LECTEUR, () -> this.plan.lire(successeur)).toutesLesActions().get(1).id();
		this.mvc.perform(get(page + "/annexes/plan-actions/actions/" + aReecrire).with(user(compte(Role.CONSEILLER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("À réécrire.")));
		this.mvc.perform(get(page + "/verification").with(user(compte(Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("repris de la convention précédente, à mettre à jour")))
			.andExpect(content().string(containsString("reprise de la convention précédente, à réécrire")));

		this.mvc.perform(get("/conventions/" + this.id + "/renouvellement").with(user(compte(Role.CONSEILLER))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("déjà été renouvelée")));
	}

	@Test
	void lesAutresRolesSontRefusesDansLesPages() throws Exception {
		for (Role role : List.of(Role.LECTEUR, Role.ADMIN_CAF)) {
			this.mvc.perform(get("/conventions/" + this.id + "/renouvellement").with(user(compte(role))))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/conventions/" + this.id + "/renouvellement").with(user(compte(role)))
					.with(csrf())
					.param("titre", "CTG"))
				.andExpect(status().isForbidden());
		}
		assertThat(en(this.caf, Role.LECTEUR, () -> this.renouvellements.succession(this.id)).successeur()).isNull();
	}

	@Test
	void lApiProposePuisCreeLeSuccesseur() throws Exception {
		this.mvc.perform(get("/api/conventions/" + this.id + "/renouvellement").with(user(compte(Role.CONSEILLER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.renouvelable").value(true))
			.andExpect(jsonPath("$.dateDebut").value((this.annee + 1) + "-01-01"))
			.andExpect(jsonPath("$.dateFin").value((this.annee + 5) + "-12-31"))
			.andExpect(jsonPath("$.parties", hasSize(5)))
			.andExpect(jsonPath("$.fiches", hasSize(3)))
			.andExpect(jsonPath("$.fiches[0].choix").value("RECONDUIRE"));
		this.mvc.perform(get("/api/conventions/" + this.id + "/renouvellement").with(user(compte(Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.renouvelable").value(false))
			.andExpect(jsonPath("$.refus").value(Renouvellements.ROLE_REQUIS));

		long fiche = en(this.caf, Role.LECTEUR, () -> this.plan.lire(this.id)).toutesLesActions().get(2).id();
		String corps = "{\"fiches\": [{\"actionId\": " + fiche + ", \"choix\": \"CLORE\", \"note\": \"Fait.\"}]}";
		this.mvc
			.perform(post("/api/conventions/" + this.id + "/renouvellement").with(user(compte(Role.LECTEUR)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(corps))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(Renouvellements.ROLE_REQUIS));
		this.mvc
			.perform(post("/api/conventions/" + this.id + "/renouvellement").with(user(compte(Role.CONSEILLER)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"dateDebut\": \"" + (this.annee + 1) + "-01-01\", \"dateFin\": \"" + (this.annee + 7)
						+ "-12-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.erreurs[0].champ").value("dateFin"));
		String reponse = this.mvc
			.perform(post("/api/conventions/" + this.id + "/renouvellement").with(user(compte(Role.CONSEILLER)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(corps))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/conventions/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long successeur = Long.parseLong(reponse.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
		this.mvc.perform(get("/api/conventions/" + successeur + "/cycle").with(user(compte(Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statut").value("BROUILLON"))
			.andExpect(jsonPath("$.cycle.predecesseurId").value(this.id));
		this.mvc
			.perform(post("/api/conventions/" + this.id + "/renouvellement").with(user(compte(Role.CONSEILLER)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(corps))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("déjà été renouvelée")));
	}

	@Test
	void uneAutreCafObtient404() throws Exception {
		UtilisateurConnecte conseiller31 = Comptes.utilisateur(this.scenario.caf("31").id(), Role.CONSEILLER);
		this.mvc.perform(get("/api/conventions/" + this.id + "/renouvellement").with(user(conseiller31)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/conventions/" + this.id + "/renouvellement").with(user(conseiller31))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/conventions/" + this.id + "/renouvellement").with(user(conseiller31)))
			.andExpect(status().isNotFound());
		assertThat(en(this.caf, Role.LECTEUR, () -> this.renouvellements.succession(this.id)).successeur()).isNull();
	}

	private UtilisateurConnecte compte(Role role) {
		return Comptes.utilisateur(this.caf.id(), role);
	}

}
