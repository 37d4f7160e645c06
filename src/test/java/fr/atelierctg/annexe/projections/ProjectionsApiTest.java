package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ElementIntrouvable;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionCommande;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.PresidenceCopil;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The projection tables through their service: columns from the period, values kept when
 * it changes, typed input checked cell by cell and saved all or nothing, rights.
 */
@IntegrationTest
@Import(AutoritesDeTest.class)
class ProjectionsApiTest {

	static final String MARMANDE = "47157";

	@Autowired
	ProjectionsApi projections;

	@Autowired
	ConventionApi conventions;

	@Autowired
	ConventionService redaction;

	@Autowired
	Scenario scenario;

	CafVue caf;

	UtilisateurConnecte conseiller;

	long convention;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
	}

	static SaisieProjection saisie(Long version, Map<String, Map<String, String>> valeurs) {
		return new SaisieProjection(version, valeurs, null, null, null, null, List.of());
	}

	private <T> T enConseiller(java.util.function.Supplier<T> travail) {
		return Comptes.en(this.conseiller, travail);
	}

	private TableauLu tableau(String code) {
		return enConseiller(() -> this.projections.lire(this.convention)).autorites()
			.stream()
			.filter((a) -> a.ao().code().equals(code))
			.findFirst()
			.orElseThrow()
			.tableaux()
			.get(0);
	}

	private void changerPeriode(int debut) {
		Comptes.en(this.conseiller, () -> {
			this.redaction.modifier(this.convention,
					new ConventionCommande("CTG de test", "Val de Garonne Agglomération", LocalDate.of(debut, 1, 1),
							LocalDate.of(debut + 4, 12, 31), "Marmande", PresidenceCopil.CAF, false));
			return null;
		});
	}

	@Test
	void lesColonnesSuiventLaPeriodeEtLesValeursHorsPeriodeSontGardees() {
		ProjectionsApi.Projections lues = enConseiller(() -> this.projections.lire(this.convention));
		assertThat(lues.colonnes()).containsExactly("actuel", "2025", "2026", "2027", "2028", "2029");
		assertThat(lues.autorites()).extracting((a) -> a.ao().nom())
			.containsExactly("Agmé", "Le Mas-d'Agenais", "Marmande", "CA Val de Garonne Agglomération");
		enConseiller(() -> this.projections.enregistrer(this.convention, MARMANDE, "",
				saisie(0L, Map.of("EAJE_PSU", Map.of("actuel", "40", "2025", "42", "2029", "60")))));

		changerPeriode(2026);
		TableauLu decale = tableau(MARMANDE);
		assertThat(enConseiller(() -> this.projections.lire(this.convention)).colonnes()).containsExactly("actuel",
				"2026", "2027", "2028", "2029", "2030");
		assertThat(decale.valeurs().get(LigneProjection.EAJE_PSU)).containsOnlyKeys("actuel", "2029");
		assertThat(decale.valeur(LigneProjection.EAJE_PSU, "2029")).isEqualByComparingTo("60");
		assertThat(decale.horsPeriode()).containsExactly("2025");

		// saving the new columns does not touch the year that left the period
		enConseiller(() -> this.projections.enregistrer(this.convention, MARMANDE, "",
				saisie(decale.version(), Map.of("EAJE_PSU", Map.of("actuel", "40", "2029", "60", "2030", "70")))));
		changerPeriode(2025);
		TableauLu revenu = tableau(MARMANDE);
		assertThat(revenu.valeur(LigneProjection.EAJE_PSU, "2025")).isEqualByComparingTo("42");
		assertThat(revenu.valeur(LigneProjection.EAJE_PSU, "2029")).isEqualByComparingTo("60");
		assertThat(revenu.horsPeriode()).containsExactly("2030");
	}

	@Test
	void chaqueCaseFautiveEstSignaleeEtRienNEstEnregistre() {
		TableauLu avant = enConseiller(() -> this.projections.enregistrer(this.convention, MARMANDE, "",
				saisie(0L, Map.of("EAJE_PSU", Map.of("actuel", "40"), "RPE", Map.of("actuel", "1,5")))));
		SaisieProjection fautive = new SaisieProjection(avant.version(),
				Map.of("EAJE_PSU", Map.of("actuel", "45", "2026", "-3"), "MAM", Map.of("2027", "douze"), "RPE",
						Map.of("actuel", "1.7%", "2025", "1,755", "2026", "2"), "PASSERELLES", Map.of("2028", "1,5")),
				"0,5", "1,234", "Auxiliaires de puériculture", null,
				List.of(new SaisieProjection.Projet("CREATION_EAJE", "Crèche de 30 places", "-5", "2020", true, ""),
						new SaisieProjection.Projet(null, null, null, null, null, null),
						new SaisieProjection.Projet("", "Sans type", "", "", false, "")));

		assertThatThrownBy(
				() -> enConseiller(() -> this.projections.enregistrer(this.convention, MARMANDE, "", fautive)))
			.isInstanceOfSatisfying(DonneesInvalides.class, (ex) -> assertThat(ex.erreurs())
				.containsEntry("valeurs[EAJE_PSU][2026]", "Le nombre de places ne peut pas être négatif.")
				.containsEntry("valeurs[MAM][2027]", "Indiquez un nombre de places en chiffres (par exemple 24).")
				.containsEntry("valeurs[RPE][actuel]",
						"Indiquez un nombre d'ETP, pas un pourcentage (par exemple 1,5).")
				.containsEntry("valeurs[RPE][2025]", "Deux décimales au plus (par exemple 1,5).")
				.containsEntry("valeurs[PASSERELLES][2028]", "Indiquez un nombre de dispositifs entier, sans virgule.")
				.containsEntry("etpACreer", "Deux décimales au plus (par exemple 1,5).")
				.containsEntry("projets[0].cout", "Le coût ne peut pas être négatif.")
				.containsEntry("projets[0].anneeCible",
						"L'année cible ne peut précéder le début de la convention (2025).")
				.containsEntry("projets[0].ingenierie", "Précisez l'ingénierie et les moyens humains nécessaires.")
				.containsEntry("projets[2].type", "Choisissez le type de projet.")
				.doesNotContainKeys("valeurs[EAJE_PSU][actuel]", "valeurs[RPE][2026]", "etpVacants",
						"projets[1].type"));

		TableauLu apres = tableau(MARMANDE);
		assertThat(apres.version()).isEqualTo(avant.version());
		assertThat(apres.valeurs()).isEqualTo(avant.valeurs());
		assertThat(apres.besoins()).isEqualTo(Besoins.AUCUN);
		assertThat(apres.projets()).isEmpty();
	}

	@Test
	void enregistreBesoinsEtProjetsEtRefuseUneVersionPerimee() {
		SaisieProjection complete = new SaisieProjection(0L, Map.of("RPE", Map.of("actuel", "1,5", "2027", "2")), "0,5",
				"1,25", "Éducatrices de jeunes enfants", "Démarche IDA",
				List.of(new SaisieProjection.Projet("EXTENSION", "Extension de la crèche", "250 000 €", "2027", true,
						"Assistance à maîtrise d'ouvrage")));
		TableauLu enregistre = enConseiller(
				() -> this.projections.enregistrer(this.convention, MARMANDE, "", complete));
		assertThat(enregistre.valeur(LigneProjection.RPE, "actuel")).isEqualTo(new BigDecimal("1.50"));
		assertThat(enregistre.besoins()).isEqualTo(new Besoins(new BigDecimal("0.50"), new BigDecimal("1.25"),
				"Éducatrices de jeunes enfants", "Démarche IDA"));
		assertThat(enregistre.projets()).containsExactly(new Projet(TypeProjet.EXTENSION, "Extension de la crèche",
				new BigDecimal("250000.00"), 2027, true, "Assistance à maîtrise d'ouvrage"));
		assertThat(enregistre.version()).isPositive();

		// another user saved meanwhile: the page built on version 0 is refused
		assertThatThrownBy(() -> enConseiller(() -> this.projections.enregistrer(this.convention, MARMANDE, "",
				saisie(0L, Map.of("RPE", Map.of("actuel", "3"))))))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs().get("version")).contains("modifié par quelqu'un d'autre"));
		assertThat(tableau(MARMANDE).valeur(LigneProjection.RPE, "actuel")).isEqualByComparingTo("1.5");
	}

	@Test
	void unChargeDeCooperationNEditeQueLesTableauxDeSaCollectivite() {
		UtilisateurConnecte charge = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		ConventionLue lue = enConseiller(() -> this.conventions.lire(this.convention));
		String sirenEpci = lue.collectivites()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.EPCI)
			.findFirst()
			.orElseThrow()
			.identite()
			.siren();

		assertThatThrownBy(() -> Comptes.en(charge,
				() -> this.projections.enregistrer(this.convention, MARMANDE, "",
						saisie(0L, Map.of("EAJE_PSU", Map.of("actuel", "40"))))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> Comptes.en(charge, () -> this.projections.ajouterZone(this.convention, MARMANDE, "QPV")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(tableau(MARMANDE).version()).isZero();

		TableauLu propre = Comptes.en(charge, () -> this.projections.enregistrer(this.convention, sirenEpci, "",
				saisie(0L, Map.of("MAM", Map.of("2026", "12")))));
		assertThat(propre.valeur(LigneProjection.MAM, "2026")).isEqualByComparingTo("12");
		assertThat(Comptes.en(charge, () -> this.projections.lire(this.convention))
			.autorites()
			.stream()
			.map((a) -> a.ao().code() + "=" + a.modifiable()))
			.containsExactly("47002=false", "47159=false", MARMANDE + "=false", sirenEpci + "=true");
	}

	@Test
	void desZonesDecoupentLeTerritoireDUneAo() {
		enConseiller(() -> this.projections.ajouterZone(this.convention, MARMANDE, "  QPV   Baylac "));
		assertThatThrownBy(
				() -> enConseiller(() -> this.projections.ajouterZone(this.convention, MARMANDE, "qpv baylac")))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs()).containsEntry("zone", "Cette zone existe déjà pour Marmande."));
		enConseiller(() -> this.projections.enregistrer(this.convention, MARMANDE, "QPV Baylac",
				saisie(0L, Map.of("EAJE_PSU", Map.of("2027", "20")))));
		List<TableauLu> tableaux = enConseiller(() -> this.projections.lire(this.convention)).autorites()
			.get(2)
			.tableaux();
		assertThat(tableaux).extracting(TableauLu::zone).containsExactly("", "QPV Baylac");
		assertThat(tableaux.get(1).valeur(LigneProjection.EAJE_PSU, "2027")).isEqualByComparingTo("20");

		enConseiller(() -> {
			this.projections.retirerZone(this.convention, MARMANDE, "QPV Baylac");
			return null;
		});
		assertThat(enConseiller(() -> this.projections.lire(this.convention)).autorites().get(2).tableaux())
			.extracting(TableauLu::zone)
			.containsExactly("");
	}

	@Test
	void uneConventionOuUneAoInconnueNExistePas() {
		UtilisateurConnecte autreCaf = Comptes.utilisateur(this.scenario.caf("31").id(), Role.CONSEILLER);
		assertThatThrownBy(() -> Comptes.en(autreCaf, () -> this.projections.lire(this.convention)))
			.isInstanceOf(ElementIntrouvable.class);
		assertThatThrownBy(() -> Comptes.en(autreCaf,
				() -> this.projections.enregistrer(this.convention, MARMANDE, "", saisie(null, Map.of()))))
			.isInstanceOf(ElementIntrouvable.class);
		assertThatThrownBy(() -> enConseiller(
				() -> this.projections.enregistrer(this.convention, "99999", "", saisie(null, Map.of()))))
			.isInstanceOf(ElementIntrouvable.class);
	}

}
