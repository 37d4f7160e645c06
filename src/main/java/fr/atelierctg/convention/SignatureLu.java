package fr.atelierctg.convention;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded signature, as read by the pages and the document. */
public record SignatureLu(long signataireId, LocalDate date, String lieu, String copieNom, int copiePages,
		String copieSha256, String enregistrePar, Instant enregistreLe) {
}
