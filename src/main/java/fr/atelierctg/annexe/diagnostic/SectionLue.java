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

	/**
	 * A text of the section was copied from the renewed convention and not saved since.
	 */
	public boolean aMettreAJour() {
		return this.caf.aMettreAJour() || this.contributions.stream().anyMatch(TexteLu::aMettreAJour);
	}

	public boolean renseignee() {
		return !this.caf.estVide() || this.contributions.stream().anyMatch((c) -> !c.estVide());
	}

}
