package fr.atelierctg.convention;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * The signed deliberation of one signatory body: a PDF kept as deposited, with its
 * fingerprint.
 */
@Entity
@Table(name = "deliberation")
class Deliberation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	private Long conventionId;

	private Long signataireId;

	private String nomFichier;

	private int taille;

	private int pages;

	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	private byte[] contenu;

	private Instant deposeLe = Instant.now();

	private String deposePar;

	protected Deliberation() {
	}

	Deliberation(long conventionId, long signataireId, PdfVerifie pdf, String nomFichier, String deposePar) {
		this.conventionId = conventionId;
		this.signataireId = signataireId;
		remplacer(pdf, nomFichier, deposePar);
	}

	void remplacer(PdfVerifie pdf, String nomFichier, String deposePar) {
		this.nomFichier = nomFichier;
		this.taille = pdf.contenu().length;
		this.pages = pdf.pages();
		this.sha256 = pdf.sha256();
		this.contenu = pdf.contenu();
		this.deposeLe = Instant.now();
		this.deposePar = deposePar;
	}

	DeliberationLue lue() {
		return new DeliberationLue(this.signataireId, this.nomFichier, this.taille, this.pages, this.sha256,
				this.deposeLe);
	}

	Long getSignataireId() {
		return this.signataireId;
	}

	byte[] getContenu() {
		return this.contenu;
	}

	String getNomFichier() {
		return this.nomFichier;
	}

}
