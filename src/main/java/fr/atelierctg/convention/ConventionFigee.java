package fr.atelierctg.convention;

import fr.atelierctg.common.erreurs.ConflitMetier;

/** A change asked on a convention whose text is frozen (validée and after): 409. */
public class ConventionFigee extends ConflitMetier {

	ConventionFigee() {
		super(CONVENTION_FIGEE);
	}

}
