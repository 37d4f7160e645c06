package fr.atelierctg.convention;

import fr.atelierctg.common.erreurs.ConflitMetier;

/** A move asked from a status it does not start from (409). */
public class TransitionImpossible extends ConflitMetier {

	TransitionImpossible(Transition transition, StatutConvention statut) {
		super("« " + transition.libelle() + " » n'est pas possible pour une convention « " + statut.libelle()
				+ " ». Rechargez la page : son statut a peut-être changé entre-temps.");
	}

}
