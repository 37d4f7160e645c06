package fr.atelierctg.annexe.competences;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.VerificationConvention;

/**
 * The AO table's findings on the convention page, each linking to its row of the table.
 */
@Component
class VerificationCompetencesConvention implements VerificationConvention {

	private final CompetencesApi competences;

	VerificationCompetencesConvention(CompetencesApi competences) {
		this.competences = competences;
	}

	@Override
	public List<Signalement> verifier(ConventionLue convention) {
		return this.competences.tableau(convention.id())
			.constats()
			.stream()
			.map((c) -> new Signalement(c.constat().estBloquant(), c.constat().message(),
					"/conventions/" + convention.id() + "/annexes/competences#" + c.ligne().ancre()))
			.toList();
	}

}
