package fr.atelierctg.annexe.pilotage;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ETP typed by people: French comma, unit tolerated, ambiguous or impossible values
 * refused.
 */
class SaisieEtpTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1,5      | 1.5
			0.75     | 0.75
			2        | 2
			0,8 ETP  | 0.8
			10       | 10
			' 0,05 ' | 0.05
			""")
	void accepteLaVirguleEtLePoint(String saisie, BigDecimal attendu) {
		assertThat(SaisieEtp.lire(saisie)).isInstanceOfSatisfying(SaisieEtp.Resultat.Valeur.class,
				(valeur) -> assertThat(valeur.etp()).isEqualByComparingTo(attendu));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1.7%      | sans pourcentage
			1.7% ETP  | sans pourcentage
			-1        | négatif
			-0,5      | négatif
			0,125     | Deux décimales au plus
			0         | supérieur à 0
			0,00      | supérieur à 0
			10,01     | 10 ETP au plus
			un demi   | Indiquez un nombre d'ETP
			1,5,2     | Indiquez un nombre d'ETP
			''        | Indiquez le temps de travail
			""")
	void refuseAvecUnMessageQuiDitQuoiEcrire(String saisie, String message) {
		assertThat(SaisieEtp.lire(saisie)).isInstanceOfSatisfying(SaisieEtp.Resultat.Refus.class,
				(refus) -> assertThat(refus.message()).contains(message));
	}

	@Test
	void rienNEstUnRefus() {
		assertThat(SaisieEtp.lire(null)).isInstanceOf(SaisieEtp.Resultat.Refus.class);
	}

}
