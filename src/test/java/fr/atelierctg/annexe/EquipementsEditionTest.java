package fr.atelierctg.annexe;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.annexe.equipements.EquipementsApi;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Annex 2 row by row (pages and API), and who may change which list: the Caf's editors
 * every list, a chargé(e) de coopération only their collectivité's.
 */
@IntegrationTest
class EquipementsEditionTest {

	static final String CRECHE = """
			{"type": "EAJE PSU", "nom": "Crèche Les Petits Loups", "gestionnaire": "VGA",
			 "adresse": "12 rue de la Gare", "commune": "Marmande", "capacite": "40"}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	EquipementsApi equipements;

	UtilisateurConnecte conseiller;

	UtilisateurConnecte chargeVga;

	long convention;

	long epci;

	long agme;

	@BeforeEach
	void preparer() {
		CafVue caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(caf.id(), Role.CONSEILLER);
		this.chargeVga = Comptes.utilisateur(caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(caf);
		this.epci = this.scenario.epci(caf, this.convention);
		this.agme = this.scenario.commune(caf, this.convention, "47002");
	}

	@Test
	void vingtSauvegardesSimultaneesDUneLigneDepuisLaMemeVersionUneSeuleEstGardee() throws Exception {
		var creche = Comptes.en(this.conseiller,
				() -> this.equipements.ajouter(this.convention, this.epci,
						new fr.atelierctg.annexe.equipements.SaisieEquipement("EAJE PSU", "Crèche Les Petits Loups",
								"VGA", null, "Marmande", "40", null)));
		var executeur = java.util.concurrent.Executors.newFixedThreadPool(20);
		var depart = new java.util.concurrent.CountDownLatch(1);
		java.util.List<java.util.concurrent.Future<Boolean>> futurs = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String places = String.valueOf(41 + i);
			futurs.add(executeur.submit(() -> {
				depart.await();
				try {
					Comptes.en(this.conseiller,
							() -> this.equipements.modifier(this.convention, this.epci, creche.id(),
									new fr.atelierctg.annexe.equipements.SaisieEquipement("EAJE PSU",
											"Crèche Les Petits Loups", "VGA", null, "Marmande", places,
											creche.version())));
					return true;
				}
				catch (fr.atelierctg.common.erreurs.ModificationConcurrente refus) {
					return false;
				}
			}));
		}
		depart.countDown();
		long gardees = 0;
		for (var futur : futurs) {
			gardees += futur.get(2, java.util.concurrent.TimeUnit.MINUTES) ? 1 : 0;
		}
		executeur.shutdown();

		assertThat(gardees).isEqualTo(1);
		var apres = Comptes.en(this.conseiller,
				() -> this.equipements.equipement(this.convention, this.epci, creche.id()));
		assertThat(apres.version()).isEqualTo(creche.version() + 1);
		assertThat(apres.ligne().capacite()).isBetween(java.math.BigDecimal.valueOf(41),
				java.math.BigDecimal.valueOf(60));
	}

	@Test
	void laPageDUnEquipementModifieEntreTempsMontreLesDeuxVersionsCoteACote() throws Exception {
		var creche = Comptes.en(this.conseiller,
				() -> this.equipements.ajouter(this.convention, this.epci,
						new fr.atelierctg.annexe.equipements.SaisieEquipement("EAJE PSU", "Crèche Les Petits Loups",
								"VGA", null, "Marmande", "40", null)));
		Comptes.en(this.chargeVga,
				() -> this.equipements.modifier(this.convention, this.epci, creche.id(),
						new fr.atelierctg.annexe.equipements.SaisieEquipement("EAJE PSU", "Crèche Les Petits Loups",
								"VGA", null, "Marmande", "44", creche.version())));

		this.mvc
			.perform(post("/conventions/{id}/annexes/equipements/{s}/{e}", this.convention, this.epci, creche.id())
				.with(user(this.conseiller))
				.with(csrf())
				.param("type", "EAJE PSU")
				.param("nom", "Crèche Les Petits Loups")
				.param("gestionnaire", "VGA")
				.param("commune", "Marmande")
				.param("capacite", "48")
				.param("version", String.valueOf(creche.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Votre saisie n'a pas été enregistrée")))
			.andExpect(content().string(containsString("<td>44</td>")))
			.andExpect(content().string(containsString("value=\"48\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (creche.version() + 1) + "\"")));
		assertThat(
				Comptes.en(this.conseiller, () -> this.equipements.equipement(this.convention, this.epci, creche.id()))
					.ligne()
					.capacite())
			.isEqualByComparingTo("44");
	}

	private String api(long signataire) {
		return "/api/conventions/" + this.convention + "/annexes/equipements/" + signataire;
	}

	@Test
	void ajouteModifieEtRetireUneLigneParLApi() throws Exception {
		String cree = this.mvc
			.perform(post(api(this.epci)).contentType(MediaType.APPLICATION_JSON)
				.content(CRECHE)
				.with(user(this.conseiller)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.codeInsee").value("47157"))
			.andExpect(jsonPath("$.capacite").value(40))
			.andExpect(jsonPath("$.unite").value("places"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(cree.replaceAll(".*\"id\":(\\d+).*", "$1").strip());
		this.mvc
			.perform(put(api(this.epci) + "/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(CRECHE.replace("\"40\"", "\"45\"").replace("}", ", \"version\": 0}"))
				.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.capacite").value(45));
		// the same stale version again: refused, nothing changed
		this.mvc
			.perform(put(api(this.epci) + "/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(CRECHE.replace("\"40\"", "\"50\"").replace("}", ", \"version\": 0}"))
				.with(user(this.conseiller)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Quelqu'un d'autre a enregistré cet équipement")))
			.andExpect(jsonPath("$.versionActuelle.capacite").value(45))
			.andExpect(jsonPath("$.versionActuelle.version").value(1));
		this.mvc.perform(get(api(this.epci)).with(user(this.conseiller)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].capacite").value(45));
		this.mvc.perform(delete(api(this.epci) + "/" + id).with(user(this.conseiller)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(api(this.epci)).with(user(this.conseiller))).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void uneLigneFautiveEstRefuseeChampParChampSansRienEnregistrer() throws Exception {
		this.mvc.perform(post(api(this.epci)).contentType(MediaType.APPLICATION_JSON).content("""
				{"type": "crèche", "nom": "", "gestionnaire": "VGA", "commune": "Ville-Inconnue-Xyz",
				 "capacite": "12"}""").with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'type')].message").value(hasItem(containsString("inconnu"))))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'nom')].message").value(hasItem("Nom manquant.")))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'commune')].message")
				.value(hasItem(containsString("introuvable"))));
		this.mvc
			.perform(post("/conventions/" + this.convention + "/annexes/equipements/" + this.epci + "/nouveau")
				.param("type", "RPE")
				.param("nom", "Relais")
				.param("gestionnaire", "VGA")
				.param("commune", "Tonneins")
				.param("capacite", "1.7%")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("Rien n'a été enregistré")))
			.andExpect(content().string(containsString("value=\"1.7%\"")));
		assertThat(Comptes.en(this.conseiller, () -> this.equipements.liste(this.convention, this.epci))).isEmpty();
	}

	@Test
	void unImportFautifParLApiListeChaqueLigneEtNImporteRien() throws Exception {
		String fichier = EquipementsPagesTest.FICHIER.replace(";Marmande;", ";Ville-Inconnue-Xyz;");
		this.mvc
			.perform(multipart(api(this.epci) + "/import")
				.file(new MockMultipartFile("fichier", "e.csv", "text/csv", fichier.getBytes(StandardCharsets.UTF_8)))
				.with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].champ").value("ligne-2"))
			.andExpect(jsonPath("$.erreurs[0].message").value(containsString("Ville-Inconnue-Xyz")));
		assertThat(Comptes.en(this.conseiller, () -> this.equipements.liste(this.convention, this.epci))).isEmpty();
		this.mvc
			.perform(
					multipart(api(this.epci) + "/import")
						.file(new MockMultipartFile("fichier", "e.csv", "text/csv",
								EquipementsPagesTest.FICHIER.getBytes(StandardCharsets.UTF_8)))
						.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)));
	}

	@Test
	void leChargeDeCooperationModifieLaListeDeSaCollectiviteEtPasLesAutres() throws Exception {
		this.mvc.perform(
				post(api(this.epci)).contentType(MediaType.APPLICATION_JSON).content(CRECHE).with(user(this.chargeVga)))
			.andExpect(status().isCreated());
		this.mvc
			.perform(multipart("/conventions/" + this.convention + "/annexes/equipements/" + this.epci + "/import")
				.file(new MockMultipartFile("fichier", "e.csv", "text/csv",
						EquipementsPagesTest.FICHIER.getBytes(StandardCharsets.UTF_8)))
				.with(user(this.chargeVga))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(Comptes.en(this.chargeVga, () -> this.equipements.liste(this.convention, this.epci))).hasSize(3);

		// another collectivité's list: refused by the server, whatever the page shows
		this.mvc.perform(
				post(api(this.agme)).contentType(MediaType.APPLICATION_JSON).content(CRECHE).with(user(this.chargeVga)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/conventions/" + this.convention + "/annexes/equipements/" + this.agme + "/import")
				.file(new MockMultipartFile("fichier", "e.csv", "text/csv",
						EquipementsPagesTest.FICHIER.getBytes(StandardCharsets.UTF_8)))
				.with(user(this.chargeVga))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/conventions/" + this.convention + "/annexes/equipements/" + this.agme + "/nouveau")
				.with(user(this.chargeVga)))
			.andExpect(status().isForbidden());
		assertThat(Comptes.en(this.conseiller, () -> this.equipements.liste(this.convention, this.agme))).isEmpty();

		// the page offers the import only where it is allowed
		String page = this.mvc
			.perform(get("/conventions/" + this.convention + "/annexes/equipements").with(user(this.chargeVga)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/annexes/equipements/" + this.epci + "/import")
			.doesNotContain("/annexes/equipements/" + this.agme + "/import");
		this.mvc
			.perform(post(api(this.epci)).contentType(MediaType.APPLICATION_JSON)
				.content(CRECHE)
				.with(user(Comptes.utilisateur(this.conseiller.cafId(), Role.LECTEUR))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/conventions/" + this.convention + "/annexes/equipements").with(user(this.conseiller)))
			.andExpect(content().string(not(containsString("Ville-Inconnue"))));
	}

}
