package fr.atelierctg.convention;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A contribution transmitted to the Caf, as shown on the convention page.
 *
 * @param message as typed (plain text, may be empty)
 */
public record ContributionLue(long id, long signataireId, String collectivite, String auteur, String message,
		Instant transmiseLe) {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm")
		.withZone(ZoneId.of("Europe/Paris"));

	public String transmiseLeEnClair() {
		return FORMAT.format(this.transmiseLe);
	}

}
