package fr.atelierctg.referentiel.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.atelierctg.referentiel.CommuneRef;
import fr.atelierctg.referentiel.EpciRef;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionTest {

	@Test
	void decritUneCommuneParSonDepartementEtSaPopulation() {
		Suggestion suggestion = Suggestion
			.de(new CommuneRef("47157", "214701575", "Marmande", 0, "47", 17849, "47200"));
		assertThat(suggestion).isEqualTo(
				new Suggestion("commune", "47157", "214701575", "Marmande", "Commune · 47 · 17\u202F849\u00A0hab."));
	}

	@Test
	void decritUneCommuneSansPopulationConnue() {
		assertThat(Suggestion.de(new CommuneRef("99999", null, "Nulle-Part", 0, "47", null, null)).detail())
			.isEqualTo("Commune · 47");
	}

	@Test
	void decritUnEpciParSonTypeSesCommunesEtSaPopulation() {
		Suggestion suggestion = Suggestion
			.de(new EpciRef("200030674", "CA Val de Garonne Agglomération", "CA", 62194, 0, List.of("47001", "47157")));
		assertThat(suggestion.detail()).isEqualTo("CA · 2\u00A0communes · 62\u202F194\u00A0hab.");
		assertThat(suggestion.code()).isEqualTo("200030674");
		assertThat(Suggestion.de(new EpciRef("200046977", "Métropole de Lyon", "MET69", 1_400_000, 0, List.of("69123")))
			.detail()).isEqualTo("Métropole · 1\u00A0commune · 1\u202F400\u202F000\u00A0hab.");
	}

}
