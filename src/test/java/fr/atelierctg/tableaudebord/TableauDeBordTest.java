package fr.atelierctg.tableaudebord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.convention.ConventionCommande;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.PresidenceCopil;
import fr.atelierctg.convention.RepresentantCommande;
import fr.atelierctg.convention.SignataireCommande;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.referentiel.CommuneRef;
import fr.atelierctg.referentiel.ReferentielApi;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard of the Caf des Landes (a Caf no other test uses, so that its figures are
 * known): Grand Dax (EPCI + Dax) 2023–2027 en vigueur, Mont de Marsan Agglomération
 * 2019–2023 échue, Biscarrosse 2026–2030 in brouillon. Statuses are written in SQL, as
 * the application's role under row-level security: the life-cycle transitions are not
 * what is tested here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableauDeBordTest {

	static final String GRAND_DAX = "244000675";

	static final String MONT_DE_MARSAN_AGGLO = "244000808";

	static final String DAX = "40088";

	static final String BISCARROSSE = "40046";

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionService redaction;

	@Autowired
	ReferentielApi referentiel;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TableauDeBordService service;

	CafVue caf;

	UtilisateurConnecte conseiller;

	long grandDax;

	long montDeMarsan;

	long biscarrosse;

	@BeforeAll
	void preparer() {
		this.caf = this.scenario.caf("40");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		Comptes.en(this.conseiller, () -> {
			// signatories first: from "validée" on, a convention's signatories are frozen
			this.grandDax = convention("CTG du Grand Dax", 2023);
			signataire(this.grandDax, TypeSignataire.EPCI, null, GRAND_DAX);
			signataire(this.grandDax, TypeSignataire.COMMUNE, DAX, null);
			placer(this.grandDax, StatutConvention.EN_VIGUEUR);
			this.montDeMarsan = convention("CTG de Mont de Marsan Agglomération", 2019);
			signataire(this.montDeMarsan, TypeSignataire.EPCI, null, MONT_DE_MARSAN_AGGLO);
			placer(this.montDeMarsan, StatutConvention.ECHUE);
			this.biscarrosse = convention("CTG de Biscarrosse", 2026);
			signataire(this.biscarrosse, TypeSignataire.COMMUNE, BISCARROSSE, null);
			return null;
		});
		// another Caf's convention never counts
		this.scenario.conventionAvecUnEpciEtTroisCommunes(this.scenario.caf("47"));
	}

	private long convention(String titre, int debut) {
		return this.redaction.creer(
				new ConventionCommande(titre, titre.substring(7), LocalDate.of(debut, 1, 1),
						LocalDate.of(debut + 4, 12, 31), "Mont-de-Marsan", PresidenceCopil.CAF, false),
				new RepresentantCommande(Civilite.MADAME, "Anne", "Lafon", "présidente"),
				new RepresentantCommande(Civilite.MONSIEUR, "Marc", "Duprat", "directeur"));
	}

	private void placer(long id, StatutConvention statut) {
		this.jdbc.sql("UPDATE convention SET statut = :statut WHERE id = :id")
			.param("statut", statut.name())
			.param("id", id)
			.update();
	}

	private void signataire(long convention, TypeSignataire type, String codeInsee, String siren) {
		this.redaction.ajouterSignataire(convention, new SignataireCommande(type, codeInsee, siren, null, null,
				new RepresentantCommande(Civilite.MONSIEUR, "Louis", "Darrigade", "maire"), null, null, false));
	}

	private TableauDeBord le(LocalDate date) {
		return Comptes.en(this.conseiller, () -> this.service.calculer(date));
	}

	private long population(String sirenEpci) {
		return this.referentiel.membres(sirenEpci)
			.stream()
			.map(CommuneRef::population)
			.filter(Objects::nonNull)
			.mapToLong(Integer::longValue)
			.sum();
	}

	@Test
	void compteLesConventionsDeLaCafParStatutEtListeLesEcheancesDesDouzeMois() {
		TableauDeBord tableau = le(LocalDate.of(2027, 3, 1));

		assertThat(tableau.nombreConventions()).isEqualTo(3);
		assertThat(tableau.parStatut()).filteredOn((s) -> s.nombre() > 0)
			.extracting(TableauDeBord.NombreParStatut::libelle, TableauDeBord.NombreParStatut::nombre)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Brouillon", 1L),
					org.assertj.core.groups.Tuple.tuple("En vigueur", 1L),
					org.assertj.core.groups.Tuple.tuple("Échue", 1L));
		assertThat(tableau.echeances()).extracting(LigneConvention::id).containsExactly(this.grandDax);
		assertThat(le(LocalDate.of(2026, 12, 30)).echeances()).as("fin le 31/12/2027, plus de 12 mois après").isEmpty();
	}

	@Test
	void laCouvertureCompteLesCommunesMembresDeLEpciSignataireDUneConventionEnVigueur() {
		TableauDeBord.CouvertureDepartement couverture = le(LocalDate.of(2027, 3, 1)).couverture();

		long grandDax = population(GRAND_DAX);
		long departement = this.referentiel.populationDuDepartement("40").population();
		assertThat(couverture.codeDepartement()).isEqualTo("40");
		assertThat(couverture.population()).isEqualTo(departement).isGreaterThan(400_000);
		assertThat(couverture.aujourdhui().communes()).isEqualTo(this.referentiel.membres(GRAND_DAX).size());
		assertThat(couverture.aujourdhui().population()).isEqualTo(grandDax);
		assertThat(couverture.aujourdhui().taux()).isEqualByComparingTo(
				BigDecimal.valueOf(grandDax * 100).divide(BigDecimal.valueOf(departement), 1, RoundingMode.HALF_UP));
		assertThat(couverture.source()).contains("Etalab");
	}

	@Test
	void lEvolutionSuitLesPeriodesEtMontreLesConventionsEnPreparationAPart() {
		TableauDeBord.CouvertureDepartement couverture = le(LocalDate.of(2027, 3, 1)).couverture();

		long grandDax = population(GRAND_DAX);
		long montDeMarsan = population(MONT_DE_MARSAN_AGGLO);
		long biscarrosse = this.referentiel.commune(BISCARROSSE).orElseThrow().population();
		assertThat(couverture.evolution()).extracting(Couverture.Annee::annee)
			.containsExactly(2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031);
		assertThat(couverture.evolution()).extracting((a) -> a.signees().population())
			.containsExactly(montDeMarsan, montDeMarsan, montDeMarsan + grandDax, grandDax, grandDax, grandDax,
					grandDax, 0L, 0L, 0L, 0L);
		assertThat(couverture.evolution()).extracting((a) -> a.avecEnPreparation().population())
			.containsExactly(montDeMarsan, montDeMarsan, montDeMarsan + grandDax, grandDax, grandDax,
					grandDax + biscarrosse, grandDax + biscarrosse, biscarrosse, biscarrosse, biscarrosse, 0L);
	}

	@Test
	void verifieLesConventionsEnRedactionEtSignaleLesCommunesSansRelaisPetiteEnfance() {
		TableauDeBord tableau = le(LocalDate.of(2027, 3, 1));

		assertThat(tableau.verifications()).singleElement().satisfies((v) -> {
			assertThat(v.convention().id()).isEqualTo(this.biscarrosse);
			assertThat(v.erreurs()).isPositive();
			assertThat(v.lien()).isEqualTo("/conventions/" + this.biscarrosse + "/verification");
		});
		assertThat(tableau.alertesAo()).extracting((a) -> a.convention().id())
			.containsExactlyInAnyOrder(this.grandDax, this.biscarrosse);
		assertThat(tableau.alertesAo()).filteredOn((a) -> a.convention().id() == this.grandDax)
			.singleElement()
			.satisfies((a) -> assertThat(a.collectivites()).singleElement().satisfies((c) -> {
				assertThat(c.nom()).isEqualTo("Dax");
				assertThat(c.population()).isGreaterThan(10_000);
				assertThat(c.lien()).isEqualTo("/conventions/" + this.grandDax + "/annexes/competences#ligne-" + DAX);
			}));
	}

	@Test
	void laRechercheCroiseTexteStatutEtPeriode() {
		assertThat(rechercher("dax", null, null, null)).containsExactly(this.grandDax);
		assertThat(rechercher("40046", null, null, null)).containsExactly(this.biscarrosse);
		assertThat(rechercher(null, "ECHUE", null, null)).containsExactly(this.montDeMarsan);
		assertThat(rechercher(null, null, "2023", null)).containsExactly(this.grandDax, this.montDeMarsan);
		assertThat(rechercher(null, null, null, "2027-12-31")).containsExactly(this.grandDax, this.montDeMarsan);
		assertThat(rechercher("garonne", null, null, null)).as("convention d'une autre Caf").isEmpty();
		assertThat(rechercher(null, null, null, null)).containsExactly(this.biscarrosse, this.grandDax,
				this.montDeMarsan);
	}

	private java.util.List<Long> rechercher(String q, String statut, String annee, String finAvant) {
		return Comptes.en(this.conseiller, () -> this.service.rechercher(Recherche.lire(q, statut, annee, finAvant)))
			.stream()
			.map(LigneConvention::id)
			.toList();
	}

	@Test
	void unChargeDeCooperationNaPasDeTableauDeBord() throws Exception {
		UtilisateurConnecte charge = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, GRAND_DAX);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> Comptes.en(charge, () -> this.service.calculer()));
		this.mvc.perform(get("/tableau-de-bord").with(user(charge))).andExpect(status().isForbidden());
		this.mvc.perform(get("/tableau-de-bord/recherche").with(user(charge))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/tableau-de-bord").with(user(charge)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/").with(user(charge))).andExpect(redirectedUrl("/conventions"));
		this.mvc.perform(get("/conventions").with(user(charge)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/tableau-de-bord"))));
	}

	@Test
	void laPageMontreLesChiffresLesGraphiquesEtLesLiens() throws Exception {
		this.mvc.perform(get("/").with(user(this.conseiller))).andExpect(redirectedUrl("/tableau-de-bord"));
		this.mvc.perform(get("/tableau-de-bord").with(user(Comptes.utilisateur(this.caf.id(), Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"h3 mb-1\">Tableau de bord</h1>")))
			.andExpect(content().string(containsString("Caf des Landes")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("<title id=\"statuts-svg-titre\">")))
			.andExpect(content().string(containsString("Conventions par statut – Brouillon : 1 ; En concertation : 0")))
			.andExpect(content().string(containsString("href=\"/tableau-de-bord/recherche?statut=ECHUE\"")))
			.andExpect(content().string(containsString("href=\"/conventions/" + this.biscarrosse + "/verification\"")))
			.andExpect(content().string(containsString(
					"href=\"/conventions/" + this.grandDax + "/annexes/competences#ligne-" + DAX + "\"")))
			.andExpect(content().string(containsString("href=\"/tableau-de-bord\">Tableau de bord</a>")));
	}

	@Test
	void lApiDonneLesMemesChiffresEnJsonEtEstDecriteDansOpenApi() throws Exception {
		this.mvc.perform(get("/api/tableau-de-bord").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nombreConventions").value(3))
			.andExpect(jsonPath("$.parStatut[?(@.statut == 'EN_VIGUEUR')].nombre").value(1))
			.andExpect(jsonPath("$.couverture.codeDepartement").value("40"))
			.andExpect(jsonPath("$.couverture.evolution.length()").value(11))
			.andExpect(jsonPath("$.verifications[0].convention.id").value(this.biscarrosse));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/tableau-de-bord'].get.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.paths['/api/tableau-de-bord/conventions'].get.summary")
				.value(not(emptyOrNullString())));
	}

	@Test
	void laRechercheParLApiRefuseUneAnneeMalSaisie() throws Exception {
		this.mvc.perform(get("/api/tableau-de-bord/conventions").param("q", "Dax").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].titre").value("CTG du Grand Dax"))
			.andExpect(jsonPath("$[0].libelleStatut").value("En vigueur"));
		this.mvc.perform(get("/api/tableau-de-bord/conventions").param("annee", "vingt").with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.erreurs[0].champ").value("annee"));
	}

	@Test
	void laPageDeRechercheGardeSesCriteresDansLAdresse() throws Exception {
		this.mvc
			.perform(get("/tableau-de-bord/recherche").param("q", "biscarrosse")
				.param("statut", "BROUILLON")
				.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 convention trouvée")))
			.andExpect(content().string(containsString("value=\"biscarrosse\"")))
			.andExpect(content().string(containsString("<option value=\"BROUILLON\" selected=\"selected\">")))
			.andExpect(content().string(containsString("href=\"/conventions/" + this.biscarrosse + "\"")));
		this.mvc.perform(get("/tableau-de-bord/recherche").param("q", "Marmande").with(user(this.conseiller)))
			.andExpect(content().string(containsString("Aucune convention ne correspond à ces critères.")));
		this.mvc.perform(get("/tableau-de-bord/recherche").param("finAvant", "31/12").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez une date valide (jour, mois et année).")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(not(containsString("trouvée"))));
	}

}
