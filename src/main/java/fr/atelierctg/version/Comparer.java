package fr.atelierctg.version;

import fr.atelierctg.common.erreurs.DonneesInvalides;

/** The "a" parameter of a comparison: a version number, or "actuel" (the default). */
final class Comparer {

	static final String ACTUEL = "actuel";

	private Comparer() {
	}

	/**
	 * @return the version number, or null for the current state
	 */
	static Integer arrivee(String a) {
		if (a == null || a.isBlank() || a.strip().equalsIgnoreCase(ACTUEL)) {
			return null;
		}
		try {
			return Integer.valueOf(a.strip());
		}
		catch (NumberFormatException ex) {
			throw DonneesInvalides.sur("a", "Indiquez le numéro d'une version, ou « actuel » pour l'état actuel.");
		}
	}

}
