package fr.atelierctg.annexe.competences;

import java.util.List;

/**
 * The check of one commune's row.
 *
 * @param populationRetenue the figure the thresholds used (typed or referential)
 * @param obligations what the law expects of a commune of that population
 */
public record RapportCommune(String codeInsee, String nom, Population populationRetenue, Obligations obligations,
		List<Constat> constats) {

	public RapportCommune {
		constats = List.copyOf(constats);
	}

}
