package fr.atelierctg.convention;

import java.time.LocalDate;

/**
 * The period of a convention. The model allows at most five calendar years: from a start
 * date in year N to 31 December N+4 at the latest.
 */
public record Periode(LocalDate debut, LocalDate fin) {

	public static LocalDate finMaximale(LocalDate debut) {
		return LocalDate.of(debut.getYear() + 4, 12, 31);
	}

	public boolean finAvantDebut() {
		return this.fin.isBefore(this.debut);
	}

	public boolean finAuDelaDuMaximum() {
		return this.fin.isAfter(finMaximale(this.debut));
	}

}
