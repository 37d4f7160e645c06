package fr.atelierctg.convention;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A party's signature: when, where, and the signed copy's description. */
@Entity
@Table(name = "signature")
class Signature {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "convention_id")
	private Convention convention;

	private long signataireId;

	private LocalDate dateSignature;

	private String lieu;

	private String copieNom;

	private int copieTaille;

	private int copiePages;

	private String copieSha256;

	private String enregistrePar;

	private Instant enregistreLe = Instant.now();

	protected Signature() {
	}

	Signature(long signataireId, LocalDate dateSignature, String lieu, String copieNom, PdfVerifie copie,
			String enregistrePar) {
		this.signataireId = signataireId;
		this.dateSignature = dateSignature;
		this.lieu = lieu;
		this.copieNom = copieNom;
		this.copieTaille = copie.contenu().length;
		this.copiePages = copie.pages();
		this.copieSha256 = copie.sha256();
		this.enregistrePar = enregistrePar;
	}

	void rattacher(Convention convention) {
		this.convention = convention;
	}

	Long getId() {
		return this.id;
	}

	long getSignataireId() {
		return this.signataireId;
	}

	SignatureLu lue() {
		return new SignatureLu(this.signataireId, this.dateSignature, this.lieu, this.copieNom, this.copiePages,
				this.copieSha256, this.enregistrePar, this.enregistreLe);
	}

}
