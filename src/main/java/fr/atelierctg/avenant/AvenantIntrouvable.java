package fr.atelierctg.avenant;

import fr.atelierctg.common.erreurs.ElementIntrouvable;

/** No such avenant (or modification, signature) on this convention for this user: 404. */
class AvenantIntrouvable extends ElementIntrouvable {

	AvenantIntrouvable(String message) {
		super(message);
	}

}
