package fr.atelierctg.convention;

import java.time.Instant;

/** What is known of a deposited deliberation, without its bytes. */
public record DeliberationLue(long signataireId, String nomFichier, int taille, int pages, String sha256,
		Instant deposeLe) {

	/** "245 Ko", "3,2 Mo". */
	public String tailleLisible() {
		if (this.taille < 1024 * 1024) {
			return Math.max(1, Math.round(this.taille / 1024.0)) + " Ko";
		}
		return String.format(java.util.Locale.FRANCE, "%.1f Mo", this.taille / (1024.0 * 1024.0));
	}

}
