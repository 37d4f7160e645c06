package fr.atelierctg.convention;

import java.util.List;

/**
 * A line of the conventions list with the identity of each signatory, in their order.
 */
public record ConventionAvecSignataires(ConventionResume convention, List<IdentiteSignataire> signataires) {

	public ConventionAvecSignataires {
		signataires = List.copyOf(signataires);
	}

}
