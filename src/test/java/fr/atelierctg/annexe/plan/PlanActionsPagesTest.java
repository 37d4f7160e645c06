package fr.atelierctg.annexe.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Annex 3 through the pages and the API: who may do what (the server refuses what the
 * page hides), field errors, 404 for what belongs elsewhere.
 */
@IntegrationTest
class PlanActionsPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Plans plans;

	@Autowired
	PlanActionsApi api;

	Plans.Convention c;

	UtilisateurConnecte charge;

	long axe;

	/** Piloted by Val de Garonne Agglomération, the chargé(e)'s collectivité. */
	long actionVga;

	/** Piloted by Agmé, assigned to the chargé(e). */
	long actionAssignee;

	/** Piloted by Marmande, assigned to nobody. */
	long actionMarmande;

	@BeforeEach
	void preparer() {
		this.c = this.plans.nouvelle();
		this.charge = this.plans.chargeVga(this.c.caf(), "Camille", "Coopération");
		Comptes.en(this.c.conseiller(), () -> {
			this.axe = this.api.ajouterAxe(this.c.id(), new AxeCommande("Garantir l'équité d'accès", null));
			this.actionVga = this.api.ajouterAction(this.c.id(),
					Plans.fiche(this.axe, "Élaborer un schéma pluriannuel", this.c.epci()));
			this.actionAssignee = this.api.ajouterAction(this.c.id(),
					Plans.fiche(this.axe, "Valoriser le métier d'assistant maternel", this.c.agme(), this.charge.id()));
			this.actionMarmande = this.api.ajouterAction(this.c.id(),
					Plans.fiche(this.axe, "Réhabiliter l'accueil de loisirs", this.c.marmande()));
			return null;
		});
	}

	private String url(String suite) {
		return "/conventions/" + this.c.id() + "/annexes/plan-actions" + suite;
	}

	private String api(String suite) {
		return "/api" + url(suite);
	}

	private String intitule(long actionId) {
		return Comptes.en(this.c.conseiller(), () -> this.api.action(this.c.id(), actionId)).intitule();
	}

	private MockHttpServletRequestBuilder fiche(String adresse, String intitule, long pilote, Long charge) {
		MockHttpServletRequestBuilder requete = post(adresse).with(csrf())
			.param("intitule", intitule)
			.param("piloteSignataireId", String.valueOf(pilote))
			.param("publicCible", "<p>Familles</p>")
			.param("indicateursEvaluation", "<p>Nombre de places</p>");
		return (charge == null) ? requete : requete.param("chargeCooperationId", String.valueOf(charge));
	}

	private static String json(long axeId, String intitule, long pilote) {
		return "{\"axeId\":" + axeId + ",\"intitule\":\"" + intitule + "\",\"piloteSignataireId\":" + pilote
				+ ",\"diagnosticInitial\":\"<p>Constat</p>\"}";
	}

	@Test
	void laPageMontreLesNumerosEtNeProposeModifierQueCeQueLeChargePeutModifier() throws Exception {
		this.mvc.perform(get(url("")).with(user(this.charge)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1.3")))
			.andExpect(content().string(containsString("Réhabiliter l&#39;accueil de loisirs")))
			.andExpect(content().string(containsString("Modifier l’action 1.1")))
			.andExpect(content().string(containsString("Modifier l’action 1.2")))
			.andExpect(content().string(not(containsString("Modifier l’action 1.3"))))
			.andExpect(content().string(not(containsString("Renommer l’axe"))))
			.andExpect(content().string(containsString("Camille Coopération")));
		this.mvc.perform(get(url("/actions/" + this.actionMarmande)).with(user(this.charge)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vous consultez cette fiche")))
			.andExpect(content().string(not(containsString("name=\"intitule\""))));
	}

	@Test
	void unChargeModifieLesActionsDeSaCollectiviteEtCellesQuiLuiSontAssignees() throws Exception {
		this.mvc
			.perform(fiche(url("/actions/" + this.actionVga), "Schéma revu par VGA", this.c.epci(), null)
				.with(user(this.charge)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(fiche(url("/actions/" + this.actionAssignee), "Assistants maternels revu", this.c.agme(),
					this.charge.id())
				.with(user(this.charge)))
			.andExpect(status().is3xxRedirection());
		assertThat(intitule(this.actionVga)).isEqualTo("Schéma revu par VGA");
		assertThat(intitule(this.actionAssignee)).isEqualTo("Assistants maternels revu");
		this.mvc
			.perform(put(api("/actions/" + this.actionVga)).with(user(this.charge))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(this.axe, "Schéma revu par l'API", this.c.epci())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.numero").value("1.1"))
			.andExpect(jsonPath("$.intitule").value("Schéma revu par l'API"));
		assertThat(Comptes.en(this.c.conseiller(), () -> this.api.action(this.c.id(), this.actionAssignee))
			.fiche()
			.indicateursEvaluation()).isEqualTo("<p>Nombre de places</p>");
	}

	@Test
	void unChargeRecoit403SurLesAutresActionsParLaPageEtParLApi() throws Exception {
		this.mvc
			.perform(fiche(url("/actions/" + this.actionMarmande), "Détournée", this.c.marmande(), null)
				.with(user(this.charge)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put(api("/actions/" + this.actionMarmande)).with(user(this.charge))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(this.axe, "Détournée", this.c.marmande())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(delete(api("/actions/" + this.actionMarmande)).with(user(this.charge)))
			.andExpect(status().isForbidden());
		// an action assigned to them may not be handed to a collectivité that is not
		// theirs
		this.mvc
			.perform(fiche(url("/actions/" + this.actionAssignee), "Donnée à Marmande", this.c.marmande(),
					this.charge.id())
				.with(user(this.charge)))
			.andExpect(status().isForbidden());
		// nor reassigned: the Caf assigns
		this.mvc
			.perform(fiche(url("/actions/" + this.actionVga), "Réassignée", this.c.epci(), this.charge.id() + 1000)
				.with(user(this.charge)))
			.andExpect(status().isForbidden());
		assertThat(intitule(this.actionMarmande)).isEqualTo("Réhabiliter l'accueil de loisirs");
		assertThat(intitule(this.actionAssignee)).isEqualTo("Valoriser le métier d'assistant maternel");
		assertThat(intitule(this.actionVga)).isEqualTo("Élaborer un schéma pluriannuel");
	}

	@Test
	void unChargeNeFaconnePasLePlanMaisAjouteUneActionPiloteeParSaCollectivite() throws Exception {
		this.mvc.perform(post(url("/axes/nouveau")).with(user(this.charge)).with(csrf()).param("intitule", "Mon axe"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(api("/axes")).with(user(this.charge))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"intitule\":\"Mon axe\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(post(url("/axes/" + this.axe + "/descendre")).with(user(this.charge)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(api("/actions/" + this.actionVga + "/deplacement")).with(user(this.charge))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"position\":3}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(api("/actions")).with(user(this.charge))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(this.axe, "Action de Marmande", this.c.marmande())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(api("/actions")).with(user(this.charge))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(this.axe, "Ouvrir un LAEP", this.c.epci())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.numero").value("1.4"))
			.andExpect(jsonPath("$.chargeCooperationId").value(this.charge.id()))
			.andExpect(jsonPath("$.diagnosticInitial").value("<p>Constat</p>"));
		this.mvc
			.perform(fiche(url("/axes/" + this.axe + "/actions/nouvelle"), "Par la page", this.c.epci(),
					this.charge.id())
				.with(user(this.charge)))
			.andExpect(status().is3xxRedirection());
		assertThat(Comptes.en(this.c.conseiller(), () -> this.api.lire(this.c.id())).axes()).hasSize(1);
		assertThat(Comptes.en(this.c.conseiller(), () -> this.api.lire(this.c.id())).toutesLesActions())
			.extracting((a) -> a.numero() + " " + a.intitule())
			.containsExactly("1.1 Élaborer un schéma pluriannuel", "1.2 Valoriser le métier d'assistant maternel",
					"1.3 Réhabiliter l'accueil de loisirs", "1.4 Ouvrir un LAEP", "1.5 Par la page");
	}

	@Test
	void ceQuiAppartientAUneAutreConventionOuAUneAutreCafRepond404() throws Exception {
		Plans.Convention autre = this.plans.nouvelle();
		long ailleurs = Comptes.en(autre.conseiller(), () -> {
			long axeAilleurs = this.api.ajouterAxe(autre.id(), new AxeCommande("Ailleurs", null));
			return this.api.ajouterAction(autre.id(), Plans.fiche(axeAilleurs, "Action d'ailleurs", autre.epci()));
		});
		this.mvc.perform(get(url("/actions/" + ailleurs)).with(user(this.c.conseiller())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(api("/actions/" + ailleurs)).with(user(this.c.conseiller())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(delete(api("/actions/" + ailleurs)).with(user(this.c.conseiller())))
			.andExpect(status().isNotFound());
		UtilisateurConnecte garonne = Comptes.utilisateur(this.plans.caf("31").id(), Role.CONSEILLER);
		this.mvc.perform(get(url("")).with(user(garonne))).andExpect(status().isNotFound());
		this.mvc.perform(get(api("/actions/" + this.actionVga)).with(user(garonne))).andExpect(status().isNotFound());
	}

	@Test
	void leFormulaireSignaleLIntituleManquantEtLePiloteEtrangerACoteDuChamp() throws Exception {
		Plans.Convention autre = this.plans.nouvelle();
		this.mvc
			.perform(fiche(url("/axes/" + this.axe + "/actions/nouvelle"), " ", this.c.epci(), null)
				.with(user(this.c.conseiller())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("Indiquez l&#39;intitulé de l&#39;action.")));
		this.mvc
			.perform(fiche(url("/actions/" + this.actionVga), "Pilote étranger", autre.epci(), null)
				.with(user(this.c.conseiller())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Le pilote doit être l&#39;un des signataires de cette convention.")));
		this.mvc
			.perform(post(api("/actions")).with(user(this.c.conseiller()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(this.axe, "Pilote étranger", autre.epci())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[*].champ", hasItem("piloteSignataireId")));
		assertThat(intitule(this.actionVga)).isEqualTo("Élaborer un schéma pluriannuel");
		assertThat(Comptes.en(this.c.conseiller(), () -> this.api.lire(this.c.id())).toutesLesActions()).hasSize(3);
	}

	@Test
	void laCafFaconneLePlanParLApi() throws Exception {
		Plans.Convention vide = this.plans.nouvelle();
		String base = "/api/conventions/" + vide.id() + "/annexes/plan-actions";
		this.mvc.perform(post(base + "/axes/modele").with(user(vide.conseiller())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.axes.length()").value(7))
			.andExpect(jsonPath("$.axes[2].numero").value(3));
		long premier = Comptes.en(vide.conseiller(), () -> this.api.lire(vide.id())).axes().get(0).id();
		this.mvc
			.perform(post(base + "/actions").with(user(vide.conseiller()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(premier, "Maintenir et développer les modes d'accueil", vide.epci())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString(base + "/actions/")))
			.andExpect(jsonPath("$.numero").value("1.1"))
			.andExpect(jsonPath("$.pilote").value("CA Val de Garonne Agglomération"));
		this.mvc.perform(delete(base + "/axes/" + premier).with(user(vide.conseiller())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].champ").value("axe"));
		this.mvc
			.perform(post(base + "/axes/" + premier + "/deplacement").with(user(vide.conseiller()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"position\":7}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.axes[6].id").value(premier))
			.andExpect(jsonPath("$.axes[6].actions[0].numero").value("7.1"));
	}

}
