package fr.atelierctg.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What describes the PDF of an annex made of an uploaded file (its bytes are stored
 * apart, in {@code annexe_fichier}).
 *
 * @param nom the file name as uploaded, made safe
 * @param taille in bytes
 * @param sha256 hex fingerprint, shown so anybody can check a copy
 */
@Embeddable
public record FichierJoint(@Column(name = "fichier_nom") String nom, @Column(name = "fichier_taille") Integer taille,
		@Column(name = "fichier_pages") Integer pages, @Column(name = "fichier_sha256") String sha256) {

	/** "2 pages", "1 page". */
	public String pagesEnClair() {
		return this.pages + (this.pages > 1 ? " pages" : " page");
	}

}
