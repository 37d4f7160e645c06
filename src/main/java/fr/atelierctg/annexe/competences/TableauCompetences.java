package fr.atelierctg.annexe.competences;

import java.util.List;
import java.util.Optional;

/**
 * The AO competence table of a convention (annex 3): one row per commune exercising at
 * least one competence, one per EPCI or syndicat receiving some.
 */
public record TableauCompetences(List<LigneCommune> communes, List<LigneGroupement> groupements) {

	public TableauCompetences {
		communes = List.copyOf(communes);
		groupements = List.copyOf(groupements);
	}

	public Optional<LigneGroupement> groupement(String siren) {
		return this.groupements.stream().filter((g) -> g.siren().equals(siren)).findFirst();
	}

	/** The communes of the table that name this groupement as theirs. */
	public List<LigneCommune> membres(String siren) {
		return this.communes.stream().filter((c) -> siren.equals(c.sirenEpci())).toList();
	}

}
