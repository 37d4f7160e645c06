package fr.atelierctg.tableaudebord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.atelierctg.convention.Periode;
import fr.atelierctg.convention.StatutConvention;

import static org.assertj.core.api.Assertions.assertThat;

/** The population coverage of a département (the national KPI) and its evolution. */
class CouvertureTest {

	/** A département of 10 000 inhabitants; A, B, C and D are its communes. */
	static final Map<String, Integer> POPULATIONS = Map.of("A", 4_000, "B", 2_500, "C", 1_000, "D", 500);

	static Couverture.Territoire territoire(StatutConvention statut, int debut, int fin, String... communes) {
		return new Couverture.Territoire(statut, new Periode(LocalDate.of(debut, 1, 1), LocalDate.of(fin, 12, 31)),
				Set.of(communes));
	}

	static Couverture couverture(Couverture.Territoire... territoires) {
		return new Couverture(10_000, POPULATIONS, List.of(territoires));
	}

	@Test
	void leTauxEstLaPopulationDesCommunesCouvertesSurCelleDuDepartement() {
		Couverture.Point point = couverture(territoire(StatutConvention.EN_VIGUEUR, 2024, 2028, "A", "C"))
			.le(LocalDate.of(2026, 6, 1), Couverture.SIGNEES);

		assertThat(point.communes()).isEqualTo(2);
		assertThat(point.population()).isEqualTo(5_000);
		assertThat(point.taux()).isEqualByComparingTo("50.0");
	}

	@Test
	void uneCommuneCouverteParDeuxConventionsCompteUneFois() {
		Couverture.Point point = couverture(territoire(StatutConvention.EN_VIGUEUR, 2024, 2028, "A", "B"),
				territoire(StatutConvention.SIGNEE, 2025, 2029, "B", "D"))
			.le(LocalDate.of(2026, 1, 1), Couverture.SIGNEES);

		assertThat(point.communes()).isEqualTo(3);
		assertThat(point.population()).isEqualTo(7_000);
	}

	@Test
	void seulesLesConventionsSigneesDontLaPeriodeContientLaDateCouvrent() {
		Couverture couverture = couverture(territoire(StatutConvention.BROUILLON, 2025, 2029, "A"),
				territoire(StatutConvention.RESILIEE, 2022, 2026, "B"),
				territoire(StatutConvention.ECHUE, 2019, 2023, "C"),
				territoire(StatutConvention.SIGNEE, 2027, 2031, "D"));

		assertThat(couverture.le(LocalDate.of(2026, 1, 1), Couverture.SIGNEES).population()).isZero();
		assertThat(couverture.le(LocalDate.of(2023, 12, 31), Couverture.SIGNEES).population()).isEqualTo(1_000);
		assertThat(couverture.le(LocalDate.of(2024, 1, 1), Couverture.SIGNEES).population()).isZero();
		assertThat(couverture.le(LocalDate.of(2027, 1, 1), Couverture.SIGNEES).population()).isEqualTo(500);
	}

	@Test
	void lesConventionsEnPreparationComptentDansLaSecondeSerieSeulement() {
		Couverture couverture = couverture(territoire(StatutConvention.EN_VIGUEUR, 2024, 2026, "A"),
				territoire(StatutConvention.CONCERTATION, 2027, 2031, "A", "B"),
				territoire(StatutConvention.RESILIEE, 2024, 2028, "C"));

		List<Couverture.Annee> evolution = couverture.evolution(2026, 2028);

		assertThat(evolution).extracting(Couverture.Annee::annee).containsExactly(2026, 2027, 2028);
		assertThat(evolution).extracting((a) -> a.signees().taux())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("40.0"), BigDecimal.ZERO, BigDecimal.ZERO);
		assertThat(evolution).extracting((a) -> a.avecEnPreparation().taux())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("40.0"), new BigDecimal("65.0"), new BigDecimal("65.0"));
		assertThat(evolution.get(1).signees().date()).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void lesCommunesHorsDuDepartementNeComptentPas() {
		Couverture.Point point = couverture(territoire(StatutConvention.EN_VIGUEUR, 2024, 2028, "A", "33063"))
			.le(LocalDate.of(2026, 1, 1), Couverture.SIGNEES);

		assertThat(point.communes()).isEqualTo(1);
		assertThat(point.population()).isEqualTo(4_000);
	}

	@Test
	void leTauxEstArrondiAuDixiemeEtNulSansPopulation() {
		Couverture couverture = new Couverture(30_000, POPULATIONS,
				List.of(territoire(StatutConvention.EN_VIGUEUR, 2024, 2028, "D")));
		assertThat(couverture.le(LocalDate.of(2026, 1, 1), Couverture.SIGNEES).taux()).isEqualByComparingTo("1.7");

		Couverture vide = new Couverture(0, Map.of(), List.of());
		assertThat(vide.le(LocalDate.of(2026, 1, 1), Couverture.SIGNEES).taux()).isEqualByComparingTo("0");
	}

}
