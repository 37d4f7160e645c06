package fr.atelierctg.avenant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** The bytes of an avenant's signed copy, read only to send it. */
@Entity
@Table(name = "avenant_signature_copie")
class SignatureAvenantCopie {

	@Id
	private Long signatureId;

	@TenantId
	private Long cafId;

	private byte[] contenu;

	protected SignatureAvenantCopie() {
	}

	SignatureAvenantCopie(long signatureId, byte[] contenu) {
		this.signatureId = signatureId;
		this.contenu = contenu;
	}

	byte[] getContenu() {
		return this.contenu;
	}

}
