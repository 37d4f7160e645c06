package fr.atelierctg.renouvellement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Periode;
import fr.atelierctg.convention.PresidenceCopil;
import fr.atelierctg.convention.StatutConvention;

import static org.assertj.core.api.Assertions.assertThat;

class EligibiliteTest {

	private static final Periode CTG_2022_2026 = new Periode(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));

	@Test
	void ouvreLeRenouvellementLePremierJanvierDeLaDerniereAnnee() {
		ConventionLue convention = convention(StatutConvention.EN_VIGUEUR, CTG_2022_2026);
		assertThat(Eligibilite.refus(convention, false, LocalDate.of(2025, 12, 31))).get()
			.asString()
			.contains("dernière année")
			.contains("1er janvier 2026");
		assertThat(Eligibilite.refus(convention, false, LocalDate.of(2026, 1, 1))).isEmpty();
		assertThat(Eligibilite.refus(convention, false, LocalDate.of(2026, 12, 31))).isEmpty();
	}

	@Test
	void ouvreDouzeMoisAvantUneFinEnCoursDAnnee() {
		Periode periode = new Periode(LocalDate.of(2022, 7, 1), LocalDate.of(2026, 6, 30));
		assertThat(Eligibilite.ouverture(periode.fin())).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(Eligibilite.refus(convention(StatutConvention.SIGNEE, periode), false, LocalDate.of(2025, 6, 30)))
			.isPresent();
		assertThat(Eligibilite.refus(convention(StatutConvention.SIGNEE, periode), false, LocalDate.of(2025, 7, 1)))
			.isEmpty();
	}

	@Test
	void refuseUneConventionNonSigneeEchueOuResiliee() {
		for (StatutConvention statut : List.of(StatutConvention.BROUILLON, StatutConvention.RELECTURE,
				StatutConvention.VALIDEE, StatutConvention.EN_SIGNATURE, StatutConvention.ECHUE,
				StatutConvention.RESILIEE)) {
			assertThat(Eligibilite.refus(convention(statut, CTG_2022_2026), false, LocalDate.of(2026, 6, 1)))
				.as(statut.name())
				.get()
				.asString()
				.contains("Seule une convention signée ou en vigueur")
				.contains(statut.libelle());
		}
	}

	@Test
	void refuseUneConventionDejaRenouvelee() {
		assertThat(Eligibilite.refus(convention(StatutConvention.EN_VIGUEUR, CTG_2022_2026), true,
				LocalDate.of(2026, 6, 1)))
			.get()
			.asString()
			.contains("déjà été renouvelée");
	}

	@Test
	void proposeLaPeriodeSuivanteJusquAuTrenteEtUnDecembreNPlusQuatre() {
		Periode suivante = Renouvellements.periodeProposee(CTG_2022_2026);
		assertThat(suivante).isEqualTo(new Periode(LocalDate.of(2027, 1, 1), LocalDate.of(2031, 12, 31)));
		Periode decalee = Renouvellements
			.periodeProposee(new Periode(LocalDate.of(2022, 7, 1), LocalDate.of(2026, 6, 30)));
		assertThat(decalee).isEqualTo(new Periode(LocalDate.of(2026, 7, 1), LocalDate.of(2030, 12, 31)));
	}

	@Test
	void remplaceLesAnneesDuTitreOuLesAjoute() {
		Periode suivante = new Periode(LocalDate.of(2027, 1, 1), LocalDate.of(2031, 12, 31));
		assertThat(Titres.renouvele("CTG du Grand Villeneuvois 2022-2026", CTG_2022_2026, suivante))
			.isEqualTo("CTG du Grand Villeneuvois 2027–2031");
		assertThat(Titres.renouvele("CTG 2022 / 2026 – Marmande", CTG_2022_2026, suivante))
			.isEqualTo("CTG 2027–2031 – Marmande");
		assertThat(Titres.renouvele("Convention territoriale globale – Albret", CTG_2022_2026, suivante))
			.isEqualTo("Convention territoriale globale – Albret 2027–2031");
		assertThat(Titres.renouvele("CTG 2021-2025, signée en 2022-2026", CTG_2022_2026, suivante))
			.isEqualTo("CTG 2021-2025, signée en 2027–2031");
	}

	private static ConventionLue convention(StatutConvention statut, Periode periode) {
		return new ConventionLue(1, 1, "CTG", "Territoire", periode, "Agen", PresidenceCopil.ALTERNEE, false, statut,
				"2026", java.time.Instant.now(), 0, List.of(), List.of(), List.of(),
				new ConventionLue.Cycle(null, null, null, null), List.of());
	}

}
