package fr.atelierctg.annexe.competences;

import fr.atelierctg.common.francais.NombresFr;
import org.jspecify.annotations.Nullable;

/**
 * An INSEE population totale (the legal population the thresholds use) with where it
 * comes from.
 *
 * @param valeur inhabitants, never negative
 * @param source "INSEE, populations légales (Etalab 6.0.0)"; may be missing on a figure
 * typed by hand, which the check reports
 * @param annee millésime, 2026
 */
public record Population(int valeur, @Nullable String source, int annee) {

	public Population {
		if (valeur < 0) {
			throw new IllegalArgumentException("Une population ne peut pas être négative : " + valeur);
		}
	}

	public boolean aUneSource() {
		return this.source != null && !this.source.isBlank();
	}

	/** "3 501 habitants", with the narrow no-break space. */
	public String enClair() {
		return habitants(this.valeur);
	}

	static String habitants(long valeur) {
		return NombresFr.entier(valeur) + (valeur > 1 ? " habitants" : " habitant");
	}

}
