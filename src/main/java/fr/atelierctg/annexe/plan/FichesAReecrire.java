package fr.atelierctg.annexe.plan;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.VerificationConvention;

/**
 * In the check report of a renewal: a warning for each fiche action copied from the
 * previous convention to be rewritten and not saved since.
 */
@Component
class FichesAReecrire implements VerificationConvention {

	private final PlanActionsApi plans;

	FichesAReecrire(PlanActionsApi plans) {
		this.plans = plans;
	}

	@Override
	public List<Signalement> verifier(ConventionLue convention) {
		if (convention.cycle().predecesseurId() == null) {
			return List.of();
		}
		return this.plans.plan(convention)
			.toutesLesActions()
			.stream()
			.filter(ActionLu::aReecrire)
			.map((a) -> new Signalement(false,
					"Plan d'actions, action " + a.numero() + " « " + a.intitule()
							+ " » : reprise de la convention précédente, à réécrire.",
					"/conventions/" + convention.id() + "/annexes/plan-actions/actions/" + a.id()))
			.toList();
	}

}
