package fr.atelierctg.annexe.diagnostic;

import java.util.List;

/**
 * A section of the diagnostic: the Caf's text, then the contributions of the signatory
 * collectivités that wrote one, in the order of the signatories.
 */
public record SectionLue(SectionDiagnostic section, TexteLu caf, List<TexteLu> contributions) {

	public SectionLue {
		contributions = List.copyOf(contributions);
	}

	public boolean renseignee() {
		return !this.caf.estVide() || this.contributions.stream().anyMatch((c) -> !c.estVide());
	}

}
