package fr.atelierctg.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * A notification as its recipient reads it (page and API).
 *
 * @param lien the page concerned, relative to the application
 */
public record NotificationLue(long id, TypeNotification type, String libelle, String titre, String texte, String lien,
		@Nullable Long conventionId, Instant creeLe, boolean lue) {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm")
		.withZone(ZoneId.of("Europe/Paris"));

	public String creeLeEnClair() {
		return FORMAT.format(this.creeLe);
	}

}
