package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed numbers: French decimals accepted, units forgiven, everything else explained. */
class SaisieNombreTest {

	@Test
	void litLesPlacesEnEntiersEtAccepteLUniteEtLesMilliers() {
		assertThat(SaisieNombre.lire("40", Mesure.PLACES).valeur()).isEqualByComparingTo("40");
		assertThat(SaisieNombre.lire(" 1 200 places ", Mesure.PLACES).valeur()).isEqualByComparingTo("1200");
		assertThat(SaisieNombre.lire("1\u202F200", Mesure.PLACES).valeur()).isEqualByComparingTo("1200");
		assertThat(SaisieNombre.lire("0", Mesure.DISPOSITIFS).valeur()).isEqualByComparingTo("0");
		assertThat(SaisieNombre.lire("", Mesure.PLACES)).isEqualTo(SaisieNombre.Lecture.vide());
		assertThat(SaisieNombre.lire("   ", Mesure.PLACES).valide()).isTrue();
	}

	@Test
	void refuseLesPlacesNegativesDecimalesOuEnLettres() {
		assertThat(SaisieNombre.lire("-3", Mesure.PLACES).erreur())
			.isEqualTo("Le nombre de places ne peut pas être négatif.");
		assertThat(SaisieNombre.lire("12,5", Mesure.PLACES).erreur())
			.isEqualTo("Indiquez un nombre de places entier, sans virgule.");
		assertThat(SaisieNombre.lire("douze", Mesure.PLACES).erreur())
			.isEqualTo("Indiquez un nombre de places en chiffres (par exemple 24).");
		assertThat(SaisieNombre.lire("100000", Mesure.PLACES).erreur())
			.startsWith("Le nombre de places ne peut dépasser");
	}

	@Test
	void litLesEtpALaFrancaiseAvecDeuxDecimalesAuPlus() {
		assertThat(SaisieNombre.lire("1,5", Mesure.ETP).valeur()).isEqualTo(new BigDecimal("1.50"));
		assertThat(SaisieNombre.lire("1.75", Mesure.ETP).valeur()).isEqualTo(new BigDecimal("1.75"));
		assertThat(SaisieNombre.lire(",5", Mesure.ETP).valeur()).isEqualTo(new BigDecimal("0.50"));
		assertThat(SaisieNombre.lire("2 ETP", Mesure.ETP).valeur()).isEqualTo(new BigDecimal("2.00"));
		assertThat(SaisieNombre.lire("1,500", Mesure.ETP).valeur()).isEqualTo(new BigDecimal("1.50"));
	}

	@Test
	void refuseUnPourcentageTroisDecimalesEtDuTexte() {
		assertThat(SaisieNombre.lire("1.7% ETP", Mesure.ETP).erreur())
			.isEqualTo("Indiquez un nombre d'ETP, pas un pourcentage (par exemple 1,5).");
		assertThat(SaisieNombre.lire("1,755", Mesure.ETP).erreur())
			.isEqualTo("Deux décimales au plus (par exemple 1,5).");
		assertThat(SaisieNombre.lire("abc", Mesure.ETP).erreur())
			.isEqualTo("Indiquez un nombre d'ETP en chiffres (par exemple 1,5).");
		assertThat(SaisieNombre.lire("-0,5", Mesure.ETP).erreur())
			.isEqualTo("Le nombre d'ETP ne peut pas être négatif.");
		assertThat(SaisieNombre.lire("1,2,3", Mesure.ETP).valide()).isFalse();
	}

	@Test
	void litLesMontantsEnEuros() {
		assertThat(SaisieNombre.lire("250 000 €", Mesure.EUROS).valeur()).isEqualByComparingTo("250000");
		assertThat(SaisieNombre.lire("1 335 184,50", Mesure.EUROS).valeur()).isEqualByComparingTo("1335184.50");
		assertThat(SaisieNombre.lire("-10", Mesure.EUROS).erreur()).isEqualTo("Le coût ne peut pas être négatif.");
	}

}
