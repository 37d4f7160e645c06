package fr.atelierctg.annexe.competences;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a groupement's row says who transfers each competence. */
class LigneAoTest {

	private static LigneAo groupement(LigneAo.Transferts transferts) {
		return new LigneAo(1, NatureLigne.GROUPEMENT, 1, "200030674", "CA Val de Garonne Agglomération", null, true,
				null, null, Map.of(), Map.of(Competence.PLANIFIER, transferts), List.of(), 0);
	}

	@Test
	void nommeLesCommunesQuiTransferentParmiLesMembres() {
		assertThat(groupement(new LigneAo.Transferts(1, 43, 9625)).libelle(Competence.PLANIFIER))
			.isEqualTo("Transférée par 1 des 43 communes à l'EPCI");
		assertThat(groupement(new LigneAo.Transferts(43, 43, 62194)).libelle(Competence.PLANIFIER))
			.isEqualTo("Transférée par l'ensemble des communes à l'EPCI");
		assertThat(groupement(new LigneAo.Transferts(0, 43, 0)).libelle(Competence.PLANIFIER))
			.isEqualTo("Non transférée");
		assertThat(groupement(new LigneAo.Transferts(0, 43, 0)).populationTransfereeEnClair(Competence.PLANIFIER))
			.isEmpty();
		assertThat(groupement(new LigneAo.Transferts(2, 43, 11147)).populationTransfereeEnClair(Competence.PLANIFIER))
			.isEqualTo("Population totale des communes ayant transféré cette compétence : 11\u202F147 habitants");
	}

	@Test
	void neProposeLeTitreFacultatifQuePour3Et4JusquA3500Habitants() {
		LigneAo petite = new LigneAo(1, NatureLigne.COMMUNE, 1, "47002", "Agmé", null, true,
				new Population(3500, "INSEE", 2026), null, Map.of(), Map.of(), List.of(), 0);
		assertThat(petite.facultatifPossible(Competence.PLANIFIER)).isTrue();
		assertThat(petite.facultatifPossible(Competence.INFORMER_ACCOMPAGNER)).isFalse();
		LigneAo saisie = new LigneAo(1, NatureLigne.COMMUNE, 1, "47002", "Agmé", null, true,
				new Population(110, "INSEE", 2026), new Population(3501, "Recensement", 2025), Map.of(), Map.of(),
				List.of(), 0);
		assertThat(saisie.facultatifPossible(Competence.PLANIFIER)).isFalse();
	}

}
