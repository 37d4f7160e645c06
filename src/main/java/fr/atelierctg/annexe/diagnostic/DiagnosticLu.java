package fr.atelierctg.annexe.diagnostic;

import java.util.List;

/**
 * The whole diagnostic of a convention: its sections in the model's order, populations.
 */
public record DiagnosticLu(List<SectionLue> sections, List<PopulationSignataire> populations) {

	public DiagnosticLu {
		sections = List.copyOf(sections);
		populations = List.copyOf(populations);
	}

	public SectionLue section(SectionDiagnostic section) {
		return this.sections.stream().filter((s) -> s.section() == section).findFirst().orElseThrow();
	}

	public List<SectionLue> de(Partie partie) {
		return this.sections.stream().filter((s) -> s.section().partie() == partie).toList();
	}

	public boolean renseigne() {
		return this.sections.stream().anyMatch(SectionLue::renseignee);
	}

}
