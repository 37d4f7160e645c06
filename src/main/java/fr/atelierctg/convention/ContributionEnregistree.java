package fr.atelierctg.convention;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A collectivité told the Caf its part of the convention is ready. */
@Entity
@Table(name = "contribution_transmise")
class ContributionEnregistree {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	private long conventionId;

	private long signataireId;

	private String collectivite;

	private String auteur;

	private String message;

	private Instant transmiseLe = Instant.now();

	protected ContributionEnregistree() {
	}

	ContributionEnregistree(long conventionId, long signataireId, String collectivite, String auteur, String message) {
		this.conventionId = conventionId;
		this.signataireId = signataireId;
		this.collectivite = collectivite;
		this.auteur = auteur;
		this.message = message;
	}

	ContributionLue lue() {
		return new ContributionLue(this.id, this.signataireId, this.collectivite, this.auteur, this.message,
				this.transmiseLe);
	}

}
