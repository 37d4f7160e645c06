package fr.atelierctg.convention;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** One move of a convention's life: from, to, who, when and why. Never changed. */
@Entity
@Table(name = "transition_convention")
class TransitionConvention {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	private long conventionId;

	@Enumerated(EnumType.STRING)
	private StatutConvention de;

	@Enumerated(EnumType.STRING)
	private StatutConvention vers;

	private String auteur;

	private String motif;

	private Instant le = Instant.now();

	protected TransitionConvention() {
	}

	TransitionConvention(long conventionId, StatutConvention de, StatutConvention vers, String auteur, String motif) {
		this.conventionId = conventionId;
		this.de = de;
		this.vers = vers;
		this.auteur = auteur;
		this.motif = (motif == null) ? "" : motif;
	}

	TransitionLue lue() {
		return new TransitionLue(this.de, this.vers, this.auteur, this.motif, this.le);
	}

}
