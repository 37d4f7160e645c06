package fr.atelierctg.convention.verification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The wrong references seen in real conventions (DOMAIN.md, "Defects"). */
class ReferencesJuridiquesTest {

	@Test
	void laLoiPleinEmploiEstDeDecembre2023() {
		assertThat(
				ReferencesJuridiques.erreurs("créé par la loi n° 2023-1196 du 18 décembre 2024 pour le plein emploi"))
			.containsExactly("la loi n° 2023-1196 est du 18 décembre 2023, pas du 18 décembre 2024");
		assertThat(ReferencesJuridiques.erreurs("la loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi"))
			.isEmpty();
	}

	@Test
	void unDecretMalDateEstSignale() {
		assertThat(ReferencesJuridiques.erreurs("Vu le décret n° 2025-253 du 20 mars 2024 relatif au schéma"))
			.containsExactly("le décret n° 2025-253 est du 20 mars 2025, pas du 20 mars 2024");
	}

	@Test
	void unArticleMalTapeEstSignaleAvecLeBon() {
		assertThat(ReferencesJuridiques.erreurs("au sens de l'article L 2014-1-3 du CASF"))
			.containsExactly("l'article « L 2014-1-3 » n'existe pas : sans doute L. 214-1-3");
		assertThat(ReferencesJuridiques.erreurs("article L. 214-1-3 et L. 214-2 du CASF, L. 263-1 du CSS")).isEmpty();
	}

	@Test
	void unArticleInconnuSansVoisinNEstPasUneErreur() {
		assertThat(ReferencesJuridiques.erreurs("article L. 1111-2 du code général des collectivités territoriales"))
			.isEmpty();
	}

}
