package fr.atelierctg.annexe.competences;

import java.util.List;
import java.util.Map;

/**
 * The check of a groupement's row. Both maps hold the four competences.
 *
 * @param populationTransferee per competence, the population totale of the communes of
 * the table that transferred it (III of art. L. 214-1-3 CASF); 0 when none did
 * @param transferts per competence, by all its member communes in the table or by some
 */
public record RapportGroupement(String siren, String nom, Map<Competence, Integer> populationTransferee,
		Map<Competence, Transfert> transferts, List<Constat> constats) {

	public RapportGroupement {
		populationTransferee = Map.copyOf(populationTransferee);
		transferts = Map.copyOf(transferts);
		constats = List.copyOf(constats);
	}

	public int populationTransferee(Competence competence) {
		return this.populationTransferee.get(competence);
	}

	public boolean transfereeParToutes(Competence competence) {
		return this.transferts.get(competence) == Transfert.PAR_TOUTES;
	}

	/** The groupement is AO for this competence: at least one commune transferred it. */
	public boolean exerce(Competence competence) {
		return this.transferts.get(competence) != Transfert.AUCUN;
	}

}
