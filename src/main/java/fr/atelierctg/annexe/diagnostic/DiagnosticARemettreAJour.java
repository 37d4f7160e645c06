package fr.atelierctg.annexe.diagnostic;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.VerificationConvention;

/**
 * In the check report of a renewal: a warning for each section of the diagnostic copied
 * from the previous convention and not saved since.
 */
@Component
class DiagnosticARemettreAJour implements VerificationConvention {

	private final DiagnosticApi diagnostic;

	DiagnosticARemettreAJour(DiagnosticApi diagnostic) {
		this.diagnostic = diagnostic;
	}

	@Override
	public List<Signalement> verifier(ConventionLue convention) {
		if (convention.cycle().predecesseurId() == null) {
			return List.of();
		}
		return this.diagnostic.lire(convention)
			.sections()
			.stream()
			.filter(SectionLue::aMettreAJour)
			.map((s) -> new Signalement(false,
					"Diagnostic, section « " + s.section().intituleComplet()
							+ " » : repris de la convention précédente, à mettre à jour.",
					"/conventions/" + convention.id() + "/annexes/diagnostic#section-" + s.section().code()))
			.toList();
	}

}
