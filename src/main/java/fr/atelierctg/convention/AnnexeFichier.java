package fr.atelierctg.convention;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** The bytes of an annex made of an uploaded PDF. */
@Entity
@Table(name = "annexe_fichier")
class AnnexeFichier {

	@Id
	private Long annexeId;

	@TenantId
	private Long cafId;

	private long conventionId;

	private byte[] contenu;

	private Instant deposeLe;

	private String deposePar;

	protected AnnexeFichier() {
	}

	AnnexeFichier(long annexeId, long conventionId, byte[] contenu, String deposePar) {
		this.annexeId = annexeId;
		this.conventionId = conventionId;
		remplacer(contenu, deposePar);
	}

	void remplacer(byte[] contenu, String deposePar) {
		this.contenu = contenu;
		this.deposePar = deposePar;
		this.deposeLe = Instant.now();
	}

	byte[] getContenu() {
		return this.contenu;
	}

	long getConventionId() {
		return this.conventionId;
	}

}
