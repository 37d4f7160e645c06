package fr.atelierctg.convention;

import java.time.Instant;

/** A recorded move of a convention's life. */
public record TransitionLue(StatutConvention de, StatutConvention vers, String auteur, String motif, Instant le) {

	/** "le 23 novembre 2026 à 14 h 05". */
	public String leEnClair() {
		return fr.atelierctg.common.francais.DatesFr.horodatage(this.le);
	}

}
