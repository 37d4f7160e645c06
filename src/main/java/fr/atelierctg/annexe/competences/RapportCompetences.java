package fr.atelierctg.annexe.competences;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The result of {@link VerificationCompetences#verifier}: one report per row, in order.
 */
public record RapportCompetences(List<RapportCommune> communes, List<RapportGroupement> groupements) {

	public RapportCompetences {
		communes = List.copyOf(communes);
		groupements = List.copyOf(groupements);
	}

	/** Every finding, communes first. */
	public List<Constat> constats() {
		return Stream
			.concat(this.communes.stream().flatMap((c) -> c.constats().stream()),
					this.groupements.stream().flatMap((g) -> g.constats().stream()))
			.toList();
	}

	/** At least one {@link Gravite#ERREUR}: the table cannot be accepted as it is. */
	public boolean estBloquant() {
		return constats().stream().anyMatch(Constat::estBloquant);
	}

	public Optional<RapportCommune> commune(String codeInsee) {
		return this.communes.stream().filter((c) -> c.codeInsee().equals(codeInsee)).findFirst();
	}

	public Optional<RapportGroupement> groupement(String siren) {
		return this.groupements.stream().filter((g) -> g.siren().equals(siren)).findFirst();
	}

}
