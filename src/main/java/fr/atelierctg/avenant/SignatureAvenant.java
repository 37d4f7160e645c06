package fr.atelierctg.avenant;

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
import org.jspecify.annotations.Nullable;

import fr.atelierctg.convention.PdfVerifie;
import fr.atelierctg.convention.SignatureLu;

/** A party's signature of an avenant: when, where, and the optional signed copy. */
@Entity
@Table(name = "avenant_signature")
class SignatureAvenant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "avenant_id")
	private Avenant avenant;

	private long signataireId;

	private LocalDate dateSignature;

	private String lieu;

	private @Nullable String copieNom;

	private @Nullable Integer copiePages;

	private @Nullable String copieSha256;

	private String enregistrePar;

	private Instant enregistreLe = Instant.now();

	protected SignatureAvenant() {
	}

	SignatureAvenant(long signataireId, LocalDate dateSignature, String lieu, @Nullable String copieNom,
			@Nullable PdfVerifie copie, String enregistrePar) {
		this.signataireId = signataireId;
		this.dateSignature = dateSignature;
		this.lieu = lieu;
		if (copie != null) {
			this.copieNom = copieNom;
			this.copiePages = copie.pages();
			this.copieSha256 = copie.sha256();
		}
		this.enregistrePar = enregistrePar;
	}

	void rattacher(Avenant avenant) {
		this.avenant = avenant;
	}

	Long getId() {
		return this.id;
	}

	long getSignataireId() {
		return this.signataireId;
	}

	@Nullable String getCopieNom() {
		return this.copieNom;
	}

	SignatureLu lue() {
		return new SignatureLu(this.signataireId, this.dateSignature, this.lieu, this.copieNom,
				(this.copiePages == null) ? 0 : this.copiePages, this.copieSha256, this.enregistrePar,
				this.enregistreLe);
	}

}
