package fr.atelierctg.annexe.competences;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.annexe.AutoritesOrganisatrices;
import fr.atelierctg.annexe.AutoritesOrganisatrices.AutoritePlanification;
import fr.atelierctg.annexe.equipements.EquipementsApi;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;

import static fr.atelierctg.annexe.competences.Exercice.EXERCEE_A_TITRE_FACULTATIF;
import static fr.atelierctg.annexe.competences.Exercice.EXERCEE_PAR_LA_COMMUNE;
import static fr.atelierctg.annexe.competences.Exercice.NON_EXERCEE;
import static fr.atelierctg.annexe.competences.Exercice.TRANSFEREE_A_L_EPCI;
import static fr.atelierctg.annexe.competences.TableauDeTest.AGME;
import static fr.atelierctg.annexe.competences.TableauDeTest.LE_MAS;
import static fr.atelierctg.annexe.competences.TableauDeTest.MARMANDE;
import static fr.atelierctg.annexe.competences.TableauDeTest.TONNEINS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The stored AO table: rows, populations, rules at input, checks, AO list. */
@IntegrationTest
class TableauCompetencesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionApi conventions;

	@Autowired
	EditionCompetences edition;

	@Autowired
	CompetencesApi api;

	@Autowired
	EquipementsApi equipements;

	@Autowired
	AutoritesOrganisatrices autorites;

	TableauDeTest t;

	@BeforeEach
	void preparer() {
		this.t = new TableauDeTest(this.scenario, this.conventions, this.edition, this.api);
	}

	@Test
	void stockeUneLigneParSignatairePreRempliesSelonLaLoi() throws Exception {
		this.mvc.perform(get(this.t.api()).with(user(this.t.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lignes[*].code", contains(AGME, LE_MAS, MARMANDE, Scenario.SIREN_VGA)))
			.andExpect(jsonPath("$.lignes[?(@.code == '47157')].populationReferentiel.valeur").value(hasItem(17849)))
			.andExpect(jsonPath("$.lignes[?(@.code == '47157')].populationReferentiel.annee").value(hasItem(2026)))
			.andExpect(jsonPath("$.verification.resume").value(containsString("Vérification du tableau")));
		LigneAo agme = this.t.ligne(AGME);
		assertThat(agme.id()).isPositive();
		assertThat(agme.exercices()).containsEntry(Competence.INFORMER_ACCOMPAGNER, EXERCEE_PAR_LA_COMMUNE)
			.containsEntry(Competence.PLANIFIER, NON_EXERCEE);
		assertThat(this.t.ligne(MARMANDE).exercices()).containsEntry(Competence.PLANIFIER, EXERCEE_PAR_LA_COMMUNE)
			.containsEntry(Competence.SOUTENIR_QUALITE, EXERCEE_PAR_LA_COMMUNE);
		assertThat(this.t.ligne(MARMANDE).sirenEpci()).isEqualTo(Scenario.SIREN_VGA);
	}

	@Test
	void enregistreUnePopulationSaisieAvecSaSourceEtRefuseCelleSansSource() throws Exception {
		long agme = this.t.id(AGME);
		this.mvc
			.perform(post(this.t.page() + "/lignes/" + agme).with(user(this.t.conseiller))
				.with(csrf())
				.param("population", "3 612")
				.param("source", "")
				.param("annee", "2025")
				.param("recenser", "EXERCEE_PAR_LA_COMMUNE")
				.param("informer", "EXERCEE_PAR_LA_COMMUNE")
				.param("planifier", "NON_EXERCEE")
				.param("soutenir", "NON_EXERCEE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("Indiquez la source de cette population")))
			.andExpect(content().string(containsString("value=\"3 612\"")));
		assertThat(this.t.ligne(AGME).populationSaisie()).isNull();

		this.mvc
			.perform(post(this.t.page() + "/lignes/" + agme).with(user(this.t.conseiller))
				.with(csrf())
				.param("population", "3 612")
				.param("source", "Recensement complémentaire")
				.param("annee", "2025")
				.param("recenser", "EXERCEE_PAR_LA_COMMUNE")
				.param("informer", "EXERCEE_PAR_LA_COMMUNE")
				.param("planifier", "EXERCEE_PAR_LA_COMMUNE")
				.param("soutenir", "EXERCEE_PAR_LA_COMMUNE"))
			.andExpect(status().is3xxRedirection());
		LigneAo ligne = this.t.ligne(AGME);
		assertThat(ligne.populationSaisie()).isEqualTo(new Population(3612, "Recensement complémentaire", 2025));
		assertThat(ligne.populationReferentiel().valeur()).isEqualTo(110);
		assertThat(ligne.populationRetenue().valeur()).isEqualTo(3612);

		// above 3 500 now: à titre facultatif is no longer possible for 3° and 4°
		this.mvc
			.perform(
					TableauDeTest
						.putJson(this.t.api() + "/lignes/" + agme,
								Map.of("recenser", "EXERCEE_PAR_LA_COMMUNE", "informer", "EXERCEE_PAR_LA_COMMUNE",
										"planifier", "EXERCEE_A_TITRE_FACULTATIF", "soutenir", "EXERCEE_PAR_LA_COMMUNE",
										"population", 3612, "source", "Recensement complémentaire", "annee", 2025))
						.with(user(this.t.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'planifier')].message",
					hasItem(containsString("Au-delà de 3\u202F500 habitants (population retenue : 3\u202F612"))));
	}

	@Test
	void refuseLeTitreFacultatifAuDelaDe3500HabitantsEtLAccepteEnDessous() throws Exception {
		Map<String, Object> facultatif = Map.of("recenser", "EXERCEE_PAR_LA_COMMUNE", "informer",
				"EXERCEE_PAR_LA_COMMUNE", "planifier", "EXERCEE_A_TITRE_FACULTATIF", "soutenir",
				"EXERCEE_A_TITRE_FACULTATIF");
		this.mvc
			.perform(TableauDeTest.putJson(this.t.api() + "/lignes/" + this.t.id(MARMANDE), facultatif)
				.with(user(this.t.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'planifier')].message",
					hasItem(containsString("population retenue : 17"))))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'soutenir')]").isNotEmpty());
		assertThat(this.t.ligne(MARMANDE).exercice(Competence.PLANIFIER)).isEqualTo(EXERCEE_PAR_LA_COMMUNE);

		this.mvc
			.perform(TableauDeTest.putJson(this.t.api() + "/lignes/" + this.t.id(AGME), facultatif)
				.with(user(this.t.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.exercices.PLANIFIER").value("EXERCEE_A_TITRE_FACULTATIF"));
		// the page offers "à titre facultatif" for Agmé (110 inhabitants), not for
		// Marmande
		String page = this.mvc.perform(get(this.t.page()).with(user(this.t.conseiller)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"planifier-" + this.t.id(AGME) + "\"");
		String selectMarmande = page.substring(page.indexOf("id=\"planifier-" + this.t.id(MARMANDE) + "\""));
		assertThat(selectMarmande.substring(0, selectMarmande.indexOf("</select>")))
			.doesNotContain("EXERCEE_A_TITRE_FACULTATIF");
	}

	@Test
	void calculeSurLaLigneDeLEpciLaPopulationDesCommunesQuiTransferent() throws Exception {
		this.t.exercer(AGME, EXERCEE_PAR_LA_COMMUNE, EXERCEE_PAR_LA_COMMUNE, TRANSFEREE_A_L_EPCI, NON_EXERCEE);
		this.t.exercer(LE_MAS, EXERCEE_PAR_LA_COMMUNE, TRANSFEREE_A_L_EPCI, TRANSFEREE_A_L_EPCI, NON_EXERCEE);
		LigneAo epci = this.t.ligne(Scenario.SIREN_VGA);
		assertThat(epci.transferts(Competence.PLANIFIER)).isEqualTo(new LigneAo.Transferts(2, 43, 110 + 1522));
		assertThat(epci.transferts(Competence.INFORMER_ACCOMPAGNER)).isEqualTo(new LigneAo.Transferts(1, 43, 1522));
		assertThat(epci.transferts(Competence.RECENSER_BESOINS).communes()).isZero();
		assertThat(epci.libelle(Competence.PLANIFIER)).isEqualTo("Transférée par 2 des 43 communes à l'EPCI");
		this.mvc.perform(get(this.t.api()).with(user(this.t.conseiller)))
			.andExpect(jsonPath("$.lignes[?(@.code == '200030674')].transferts.PLANIFIER.population")
				.value(hasItem(1632)));
	}

	@Test
	void chercheLeRelaisPetiteEnfanceDansLAnnexe2() {
		// Marmande, 17 849 inhabitants, convention until 2029: 2° and 4° through a relais
		assertThat(codes(this.t.ligne(MARMANDE))).contains(Constat.RPE_REQUIS);
		long marmande = signataire(MARMANDE);
		String csv = "Type;Nom;Gestionnaire;Adresse;Commune;Capacité\n"
				+ "RPE;Relais petite enfance de Marmande;Ville de Marmande;;Marmande;1,5\n";
		Comptes.en(this.t.conseiller,
				() -> this.equipements.importer(this.t.convention, marmande, csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(codes(this.t.ligne(MARMANDE))).doesNotContain(Constat.RPE_REQUIS);
		// the schéma pluriannuel: annexes 1, 3, 4 and indicators are not filled yet
		assertThat(codes(this.t.ligne(MARMANDE))).contains(Constat.SCHEMA_PLURIANNUEL_REQUIS);
		assertThat(Comptes.en(this.t.conseiller, () -> this.api.rapport(this.t.convention))
			.commune(MARMANDE)
			.orElseThrow()
			.constats()).extracting(Constat::code).doesNotContain(Constat.RPE_REQUIS);
	}

	@Test
	void listeLesAutoritesQuiPlanifientAvecLaPartieDeLeurSignataire() {
		this.t.ajouterMembres();
		this.t.exercer(AGME, EXERCEE_PAR_LA_COMMUNE, EXERCEE_PAR_LA_COMMUNE, EXERCEE_A_TITRE_FACULTATIF, NON_EXERCEE);
		this.t.exercer(LE_MAS, EXERCEE_PAR_LA_COMMUNE, EXERCEE_PAR_LA_COMMUNE, TRANSFEREE_A_L_EPCI,
				TRANSFEREE_A_L_EPCI);
		List<AutoritePlanification> planification = Comptes.en(this.t.conseiller,
				() -> this.autorites.planification(this.conventions.lire(this.t.convention)));
		assertThat(planification).contains(new AutoritePlanification(AGME, "Agmé", signataire(AGME)),
				new AutoritePlanification(MARMANDE, "Marmande", signataire(MARMANDE)),
				new AutoritePlanification(TONNEINS, "Tonneins", this.t.epci),
				new AutoritePlanification(Scenario.SIREN_VGA, "Val de Garonne Agglomération", this.t.epci));
		assertThat(planification.getLast().code()).isEqualTo(Scenario.SIREN_VGA);
		assertThat(planification).extracting(AutoritePlanification::code).doesNotContain(LE_MAS);
	}

	@Test
	void ajouteLesCommunesMembresEtNeRetireQueCellesQuiNeSignentPas() throws Exception {
		this.mvc
			.perform(post(this.t.page() + "/epci/" + this.t.epci + "/membres").with(user(this.t.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		TableauAo tableau = this.t.tableau();
		assertThat(tableau.communes()).hasSize(43);
		LigneAo tonneins = tableau.ligne(TONNEINS).orElseThrow();
		assertThat(tonneins.signataireId()).isEqualTo(this.t.epci);
		assertThat(tonneins.exercices()).containsEntry(Competence.PLANIFIER, EXERCEE_PAR_LA_COMMUNE);
		assertThat(tableau.ligne(MARMANDE).orElseThrow().signataireId()).isEqualTo(signataire(MARMANDE));

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete(this.t.api() + "/lignes/" + tonneins.id())
				.with(user(this.t.conseiller)))
			.andExpect(status().isNoContent());
		assertThat(this.t.tableau().ligne(TONNEINS)).isEmpty();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete(this.t.api() + "/lignes/" + this.t.id(MARMANDE))
				.with(user(this.t.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].message").value(containsString("signe la convention")));
		assertThatThrownBy(() -> Comptes.en(this.t.conseiller,
				() -> this.edition.modifier(this.t.convention, this.t.id(Scenario.SIREN_VGA),
						new LigneCommande(null, null, null, null, null, null, null, null))))
			.isInstanceOf(fr.atelierctg.common.erreurs.DonneesInvalides.class);
	}

	@Test
	void refuseUneVersionPerimee() throws Exception {
		LigneAo agme = this.t.ligne(AGME);
		this.t.exercer(AGME, EXERCEE_PAR_LA_COMMUNE, EXERCEE_PAR_LA_COMMUNE, EXERCEE_A_TITRE_FACULTATIF, NON_EXERCEE);
		assertThat(this.t.ligne(AGME).version()).isGreaterThan(agme.version());
		this.mvc
			.perform(TableauDeTest
				.putJson(this.t.api() + "/lignes/" + agme.id(),
						Map.of("recenser", "EXERCEE_PAR_LA_COMMUNE", "informer", "EXERCEE_PAR_LA_COMMUNE", "planifier",
								"TRANSFEREE_A_L_EPCI", "soutenir", "NON_EXERCEE", "version", agme.version()))
				.with(user(this.t.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'version')].message",
					hasItem(containsString("modifiée par quelqu'un d'autre"))))
			.andExpect(jsonPath("$.erreurs[*].champ", not(hasItem("planifier"))));
	}

	private long signataire(String codeInsee) {
		return Comptes.en(this.t.conseiller, () -> this.conventions.lire(this.t.convention))
			.collectivites()
			.stream()
			.filter((s) -> codeInsee.equals(s.identite().codeInsee()))
			.map(SignataireLu::id)
			.findFirst()
			.orElseThrow();
	}

	private static List<String> codes(LigneAo ligne) {
		return ligne.constats().stream().map(Constat::code).toList();
	}

}
