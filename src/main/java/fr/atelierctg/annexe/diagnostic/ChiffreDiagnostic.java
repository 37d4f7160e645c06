package fr.atelierctg.annexe.diagnostic;

import java.math.BigDecimal;

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

/** A key figure as stored, in the order of its text. */
@Entity
@Table(name = "diagnostic_chiffre")
class ChiffreDiagnostic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "texte_id")
	private TexteDiagnostic texte;

	private int ordre;

	private String libelle;

	private BigDecimal valeur;

	private String unite;

	private String source;

	private int annee;

	@SuppressWarnings("NullAway.Init")
	protected ChiffreDiagnostic() {
	}

	ChiffreDiagnostic(TexteDiagnostic texte, int ordre, ChiffreCle chiffre) {
		this.texte = texte;
		this.ordre = ordre;
		this.libelle = chiffre.libelle();
		this.valeur = chiffre.valeur();
		this.unite = chiffre.unite();
		this.source = chiffre.source();
		this.annee = chiffre.annee();
	}

	ChiffreCle chiffre() {
		return new ChiffreCle(this.libelle, this.valeur, this.unite, this.source, this.annee);
	}

}
