package fr.atelierctg.common.francais;

/** The "charnière" of a département name, as the Caf names use it. */
public final class Departements {

	private Departements() {
	}

	/**
	 * "de la Haute-Garonne", "des Alpes-de-Haute-Provence", "de Lot-et-Garonne", "du
	 * Nord". Compound names "X-et-Y" are written without article ("Caf de
	 * Lot-et-Garonne", "Caf d'Ille-et-Vilaine"), whatever the referential's type of name
	 * says.
	 */
	public static String de(String nom, int typeLiaison) {
		Liaison liaison = Liaison.depuisCode(typeLiaison);
		if (nom.contains("-et-")) {
			liaison = Liaison.commenceParUneVoyelle(nom) ? Liaison.VOYELLE : Liaison.CONSONNE;
		}
		return liaison.de(nom);
	}

}
