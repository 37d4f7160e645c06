package fr.atelierctg.avenant;

import java.time.LocalDate;

import fr.atelierctg.common.francais.DatesFr;

/** The new wording of the duration article for a one-year prolongation. */
final class DureeProlongee {

	private DureeProlongee() {
	}

	/**
	 * The current wording with its period (or its end date) moved; a sentence added when
	 * the wording names neither.
	 */
	static String rediger(String ancienTexte, LocalDate debut, LocalDate fin, LocalDate nouvelleFin) {
		String periode = DatesFr.periode(debut, fin);
		if (ancienTexte.contains(periode)) {
			return ancienTexte.replace(periode, DatesFr.periode(debut, nouvelleFin));
		}
		String auFin = "au " + DatesFr.longue(fin);
		if (ancienTexte.contains(auFin)) {
			return ancienTexte.replace(auFin, "au " + DatesFr.longue(nouvelleFin));
		}
		return ancienTexte + "<p>La convention est prolongée d'un an : elle prend fin le " + DatesFr.longue(nouvelleFin)
				+ ".</p>";
	}

}
