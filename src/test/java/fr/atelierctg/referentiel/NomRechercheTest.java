package fr.atelierctg.referentiel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NomRechercheTest {

	@Test
	void ecritSaintEnAbregeSansAccentNiTiret() {
		assertThat(NomRecherche.normaliser("Saint-Barthélemy-d'Agenais")).isEqualTo("st barthelemy d agenais");
		assertThat(NomRecherche.normaliser("Sainte-Livrade-sur-Lot")).isEqualTo("ste livrade sur lot");
		assertThat(NomRecherche.normaliser("  Le Mas-d’Agenais ")).isEqualTo("le mas d agenais");
	}

	@Test
	void laisseSaintDansUnMotPlusLong() {
		assertThat(NomRecherche.normaliser("Saintes")).isEqualTo("saintes");
		assertThat(NomRecherche.normaliser("Toussaint")).isEqualTo("toussaint");
	}

	@Test
	void ecritLesLigaturesCommeOnLesTape() {
		assertThat(NomRecherche.normaliser("Cœuvres-et-Valsery")).isEqualTo("coeuvres et valsery");
		assertThat(NomRecherche.normaliser("ŒUILLY")).isEqualTo("oeuilly");
		assertThat(NomRecherche.normaliser("Lætitia")).isEqualTo("laetitia");
	}

}
