package fr.atelierctg.common.erreurs;

/**
 * Something the current user asked for does not exist for them: absent, of another Caf,
 * or outside their rights. Always answered 404, so that a foreign id reveals nothing.
 */
public class ElementIntrouvable extends RuntimeException {

	public ElementIntrouvable(String message) {
		super(message);
	}

}
