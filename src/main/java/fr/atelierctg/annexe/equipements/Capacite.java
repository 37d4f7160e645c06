package fr.atelierctg.annexe.equipements;

/**
 * The unit in which a type of équipement counts its capacity. Each {@link TypeEquipement}
 * has one; the import checks the capacity column against it.
 */
public enum Capacite {

	/** A whole number of places, 0 or more (required). */
	PLACES("places", "un nombre entier de places, par exemple 24"),

	/** Full-time equivalents, 0 or more, at most two decimals (required). */
	ETP("ETP", "un nombre d'ETP, par exemple 1,5"),

	/** No capacity: the column must stay empty. */
	AUCUNE("", "aucune capacité : laissez la case vide");

	private final String unite;

	private final String attendu;

	Capacite(String unite, String attendu) {
		this.unite = unite;
		this.attendu = attendu;
	}

	/** The unit as written next to the number ("places", "ETP"; empty for none). */
	public String unite() {
		return this.unite;
	}

	/** What the capacity column expects, in French, for error messages. */
	public String attendu() {
		return this.attendu;
	}

}
