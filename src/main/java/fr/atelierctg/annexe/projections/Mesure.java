package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;

/**
 * What a typed number counts, with its decimals, its bound and the words of its French
 * messages.
 */
enum Mesure {

	PLACES("places", 0, new BigDecimal("99999"), "Le nombre de places", "un nombre de places", "24"),
	ETP("ETP", 2, new BigDecimal("9999.99"), "Le nombre d'ETP", "un nombre d'ETP", "1,5"),
	DISPOSITIFS("dispositifs", 0, new BigDecimal("999"), "Le nombre de dispositifs", "un nombre de dispositifs", "2"),
	EUROS("€", 2, new BigDecimal("999999999.99"), "Le coût", "un montant en euros", "250 000");

	private final String unite;

	private final int decimales;

	private final BigDecimal maximum;

	private final String sujet;

	private final String attendu;

	private final String exemple;

	Mesure(String unite, int decimales, BigDecimal maximum, String sujet, String attendu, String exemple) {
		this.unite = unite;
		this.decimales = decimales;
		this.maximum = maximum;
		this.sujet = sujet;
		this.attendu = attendu;
		this.exemple = exemple;
	}

	String unite() {
		return this.unite;
	}

	int decimales() {
		return this.decimales;
	}

	BigDecimal maximum() {
		return this.maximum;
	}

	/** "Le nombre de places" (subject of a sentence). */
	String sujet() {
		return this.sujet;
	}

	/** "un nombre de places" (what is expected). */
	String attendu() {
		return this.attendu;
	}

	String exemple() {
		return this.exemple;
	}

}
