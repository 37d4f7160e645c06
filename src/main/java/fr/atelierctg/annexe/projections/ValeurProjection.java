package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One cell of a projection table: a row, a column ("actuel" or a year), a value. */
@Entity
@Table(name = "projection_valeur")
class ValeurProjection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	@Enumerated(EnumType.STRING)
	private LigneProjection ligne;

	private String colonne;

	private BigDecimal valeur;

	@SuppressWarnings("NullAway.Init")
	protected ValeurProjection() {
	}

	ValeurProjection(LigneProjection ligne, String colonne, BigDecimal valeur) {
		this.ligne = ligne;
		this.colonne = colonne;
		this.valeur = stockee(valeur);
	}

	LigneProjection getLigne() {
		return this.ligne;
	}

	String getColonne() {
		return this.colonne;
	}

	BigDecimal getValeur() {
		return this.valeur;
	}

	void changer(BigDecimal valeur) {
		if (this.valeur.compareTo(valeur) != 0) {
			this.valeur = stockee(valeur);
		}
	}

	/**
	 * As the column holds it (two decimals), so that a value reads the same before and
	 * after a reload.
	 */
	private static BigDecimal stockee(BigDecimal valeur) {
		return valeur.setScale(2, java.math.RoundingMode.UNNECESSARY);
	}

}
