package fr.atelierctg.common.francais;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates written out in French: "1er janvier 2026", "31 décembre 2029". */
public final class DatesFr {

	private static final Locale FR = Locale.FRANCE;

	private static final DateTimeFormatter MOIS_ANNEE = DateTimeFormatter.ofPattern("MMMM yyyy", FR);

	private static final DateTimeFormatter COURTE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FR);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private DatesFr() {
	}

	public static String longue(LocalDate date) {
		String jour = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
		return jour + " " + MOIS_ANNEE.format(date);
	}

	public static String courte(LocalDate date) {
		return COURTE.format(date);
	}

	/** "du 1er janvier 2025 au 31 décembre 2029". */
	public static String periode(LocalDate debut, LocalDate fin) {
		return "du " + longue(debut) + " au " + longue(fin);
	}

	/**
	 * "le 23 novembre 2026 à 14 h 05", "le 1er décembre 2026 à 9 h 00", at Paris time.
	 */
	public static String horodatage(Instant instant) {
		LocalDateTime moment = LocalDateTime.ofInstant(instant, PARIS);
		return "le " + longue(moment.toLocalDate()) + " à " + moment.getHour() + " h "
				+ String.format("%02d", moment.getMinute());
	}

}
