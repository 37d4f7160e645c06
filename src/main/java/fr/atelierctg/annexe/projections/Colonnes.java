package fr.atelierctg.annexe.projections;

import java.util.ArrayList;
import java.util.List;

import fr.atelierctg.convention.Periode;

/**
 * The columns of a projection table: the current value, then one per calendar year of the
 * convention's period. Computed at every read, so that a change of period changes the
 * columns; values of years that leave the period stay in the database.
 */
final class Colonnes {

	static final String ACTUEL = "actuel";

	private Colonnes() {
	}

	/** "actuel", "2025", … "2029". */
	static List<String> de(Periode periode) {
		List<String> colonnes = new ArrayList<>();
		colonnes.add(ACTUEL);
		for (int annee = periode.debut().getYear(); annee <= periode.fin().getYear(); annee++) {
			colonnes.add(Integer.toString(annee));
		}
		return List.copyOf(colonnes);
	}

	/** "Actuel", "2027". */
	static String libelle(String colonne) {
		return ACTUEL.equals(colonne) ? "Actuel" : colonne;
	}

	/** "2025 à 2029", or "2025" for a one-year period. */
	static String annees(Periode periode) {
		int debut = periode.debut().getYear();
		int fin = periode.fin().getYear();
		return (debut == fin) ? Integer.toString(debut) : debut + " à " + fin;
	}

}
