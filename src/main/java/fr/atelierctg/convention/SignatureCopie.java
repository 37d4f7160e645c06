package fr.atelierctg.convention;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** The bytes of a signed copy, read only to send it. */
@Entity
@Table(name = "signature_copie")
class SignatureCopie {

	@Id
	private Long signatureId;

	@TenantId
	private Long cafId;

	private byte[] contenu;

	protected SignatureCopie() {
	}

	SignatureCopie(long signatureId, byte[] contenu) {
		this.signatureId = signatureId;
		this.contenu = contenu;
	}

	byte[] getContenu() {
		return this.contenu;
	}

}
