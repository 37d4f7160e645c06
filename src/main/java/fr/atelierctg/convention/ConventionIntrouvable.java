package fr.atelierctg.convention;

/** No convention with this id for the current user: absent, of another Caf, or not theirs to see. */
public class ConventionIntrouvable extends RuntimeException {

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
