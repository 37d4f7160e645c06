package fr.atelierctg.version;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import fr.atelierctg.convention.StatutConvention;

/**
 * A frozen snapshot of a convention: never updated (the database refuses it too).
 */
@Entity
@Immutable
@Table(name = "convention_version")
class VersionConvention {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private long conventionId;

	private int numero;

	@Enumerated(EnumType.STRING)
	private StatutConvention statut;

	@Enumerated(EnumType.STRING)
	private Origine origine;

	private String libelle;

	private String creePar;

	private Instant creeLe;

	/** The {@link ContenuVersion} as JSON. */
	@Column(columnDefinition = "jsonb")
	@ColumnTransformer(write = "?::jsonb")
	private String contenu;

	private byte[] pdf;

	private String pdfSha256;

	private int pdfTaille;

	protected VersionConvention() {
		this.statut = StatutConvention.BROUILLON;
		this.origine = Origine.DEMANDE;
		this.libelle = "";
		this.creePar = "";
		this.creeLe = Instant.EPOCH;
		this.contenu = "";
		this.pdf = new byte[0];
		this.pdfSha256 = "";
	}

	VersionConvention(long conventionId, int numero, StatutConvention statut, Origine origine, String libelle,
			String creePar, Instant creeLe, String contenu, byte[] pdf, String pdfSha256) {
		this.conventionId = conventionId;
		this.numero = numero;
		this.statut = statut;
		this.origine = origine;
		this.libelle = libelle;
		this.creePar = creePar;
		this.creeLe = creeLe;
		this.contenu = contenu;
		this.pdf = pdf;
		this.pdfSha256 = pdfSha256;
		this.pdfTaille = pdf.length;
	}

	VersionLue lue() {
		return new VersionLue(this.numero, this.statut, this.origine, this.libelle, this.creePar, this.creeLe,
				this.pdfSha256, this.pdfTaille);
	}

	String contenu() {
		return this.contenu;
	}

	byte[] pdf() {
		return this.pdf;
	}

}
