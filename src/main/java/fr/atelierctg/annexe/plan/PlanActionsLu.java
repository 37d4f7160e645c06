package fr.atelierctg.annexe.plan;

import java.util.List;
import java.util.Optional;

/** The plan d'actions of a convention: its axes in order, each with its actions. */
public record PlanActionsLu(long conventionId, List<AxeLu> axes) {

	public boolean vide() {
		return this.axes.isEmpty();
	}

	/** Every action, in the order of the document. */
	public List<ActionLu> toutesLesActions() {
		return this.axes.stream().flatMap((axe) -> axe.actions().stream()).toList();
	}

	public Optional<AxeLu> axe(long axeId) {
		return this.axes.stream().filter((a) -> a.id() == axeId).findFirst();
	}

	public Optional<ActionLu> action(long actionId) {
		return toutesLesActions().stream().filter((a) -> a.id() == actionId).findFirst();
	}

}
