package fr.atelierctg.convention;

import fr.atelierctg.common.erreurs.ElementIntrouvable;

/**
 * No convention with this id for the current user: absent, of another Caf, or not theirs
 * to see.
 */
public class ConventionIntrouvable extends ElementIntrouvable {

	private ConventionIntrouvable(String message) {
		super(message);
	}

	public static ConventionIntrouvable pourId(long id) {
		return new ConventionIntrouvable("Convention " + id + " introuvable");
	}

	public static ConventionIntrouvable pourElement(String element, long id) {
		return new ConventionIntrouvable(element + " " + id + " introuvable");
	}

}
