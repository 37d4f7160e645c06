package fr.atelierctg.common.francais;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates written out in French: "1er janvier 2026", "31 décembre 2029". */
public final class DatesFr {

	private static final Locale FR = Locale.FRANCE;

	private static final DateTimeFormatter MOIS_ANNEE = DateTimeFormatter.ofPattern("MMMM yyyy", FR);

	private static final DateTimeFormatter COURTE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FR);

	private DatesFr() {
	}

	public static String longue(LocalDate date) {
		String jour = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
		return jour + " " + MOIS_ANNEE.format(date);
	}

	public static String courte(LocalDate date) {
		return COURTE.format(date);
	}

	/** "23 novembre 2026 à 14 h 05", in the French time zone. */
	public static String horodatage(java.time.Instant instant) {
		java.time.ZonedDateTime moment = instant.atZone(java.time.ZoneId.of("Europe/Paris"));
		return longue(moment.toLocalDate()) + " à " + moment.getHour() + " h "
				+ String.format("%02d", moment.getMinute());
	}

	/** "du 1er janvier 2025 au 31 décembre 2029". */
	public static String periode(LocalDate debut, LocalDate fin) {
		return "du " + longue(debut) + " au " + longue(fin);
	}

}
