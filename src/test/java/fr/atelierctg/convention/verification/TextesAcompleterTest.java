package fr.atelierctg.convention.verification;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.atelierctg.convention.Periode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The placeholders of signed conventions listed in DOMAIN.md, and texts that are fine.
 */
class TextesAcompleterTest {

	@ParameterizedTest
	@ValueSource(strings = { "Fait à Marmande, le XX/XX/20XX.", "Fait à …… le ……202X",
			"Cette convention comporte XX pages et XX annexes.", "représentée par son maire, M …, dûment autorisé",
			"(A adapter en fonction des compétences de la collectivité)", "(À adapter selon le territoire)",
			"(Une option à choisir parmi ces 3)", "Le comité se réunit le ... de chaque année." })
	void signaleLesMarquesLaisseesDansLesConventionsSignees(String texte) {
		assertThat(TextesAcompleter.trouver(texte)).isPresent();
	}

	@Test
	void nommeCeQuIlATrouveAvecSonContexte() {
		assertThat(TextesAcompleter.trouver("La présente convention est signée le XX/XX/20XX à Agen."))
			.hasValue("un « XX » à remplacer (« …convention est signée le XX/XX/20XX à Agen. »)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Fait à Marmande, le 1er janvier 2025.", "représentée par son maire, M. Jean Dupont",
			"Monsieur Xavier Dupont, Madame Anne Leroux", "la CAF XXIe siècle", "Mme Dupont, Maire" })
	void laisseLesTextesComplets(String texte) {
		assertThat(TextesAcompleter.trouver(texte)).isEmpty();
	}

	@Test
	void lArticleSurLaDureeNeCiteQueLesBornesDeLaPeriode() {
		Periode periode = new Periode(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));
		assertThat(PeriodeDeLaConvention
			.datesAutresQue("La présente convention est conclue du 1er janvier 2025 au 31 décembre 2029.", periode))
			.isEmpty();
		assertThat(PeriodeDeLaConvention.datesAutresQue("Conclue du 01/01/2025 au 31/12/2028.", periode))
			.containsExactly("« 31/12/2028 »");
		assertThat(PeriodeDeLaConvention.datesAutresQue("Conclue du 1er janvier 2024 au 31 décembre 2029.", periode))
			.containsExactly("« 1er janvier 2024 »");
	}

}
