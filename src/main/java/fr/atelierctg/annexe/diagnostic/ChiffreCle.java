package fr.atelierctg.annexe.diagnostic;

import java.math.BigDecimal;

import fr.atelierctg.common.francais.NombresFr;

/**
 * A key figure of the diagnostic, always with its source and year.
 *
 * @param unite "habitants", "%", "€", "places"; empty when the figure is a plain count
 * @param annee the year the figure describes (or of its publication)
 */
public record ChiffreCle(String libelle, BigDecimal valeur, String unite, String source, int annee) {

	/** "62 194 habitants", "-0,3 %", "12,75 €": French digits, the unit after. */
	public String valeurEtUnite() {
		BigDecimal sansZeros = this.valeur.stripTrailingZeros();
		String nombre = NombresFr.decimal(this.valeur, Math.max(0, sansZeros.scale()));
		return this.unite.isEmpty() ? nombre : nombre + "\u00A0" + this.unite;
	}

	/** The value as typed back in a form: "1234,5". */
	public String valeurSaisie() {
		return this.valeur.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
