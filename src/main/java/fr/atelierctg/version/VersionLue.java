package fr.atelierctg.version;

import java.time.Instant;

import fr.atelierctg.convention.StatutConvention;

/**
 * A version of a convention as listed (without its content or PDF).
 *
 * @param numero 1, 2, 3… per convention
 * @param statut the convention's status when it was taken
 * @param libelle what its author called it (may be empty)
 * @param creePar display name of who took it ("Atelier CTG" for the daily job)
 * @param pdfSha256 fingerprint of its PDF, lowercase hexadecimal
 * @param pdfTaille size of its PDF in bytes
 */
public record VersionLue(int numero, StatutConvention statut, Origine origine, String libelle, String creePar,
		Instant creeLe, String pdfSha256, int pdfTaille) {

	/** "12/03/2026 à 14:05" (Paris time). */
	public String creeLeEnClair() {
		return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
			.withZone(java.time.ZoneId.of("Europe/Paris"))
			.format(this.creeLe);
	}

}
