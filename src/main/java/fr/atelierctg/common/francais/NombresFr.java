package fr.atelierctg.common.francais;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers the French way: narrow no-break space between thousands, comma for decimals.
 */
public final class NombresFr {

	/** U+202F, the narrow no-break space of French typography. */
	public static final char ESPACE_FINE = '\u202F';

	private NombresFr() {
	}

	public static String entier(long valeur) {
		String chiffres = Long.toString(Math.abs(valeur));
		StringBuilder sortie = new StringBuilder();
		for (int i = 0; i < chiffres.length(); i++) {
			if (i > 0 && (chiffres.length() - i) % 3 == 0) {
				sortie.append(ESPACE_FINE);
			}
			sortie.append(chiffres.charAt(i));
		}
		return (valeur < 0 ? "-" : "") + sortie;
	}

	public static String decimal(BigDecimal valeur, int decimales) {
		BigDecimal arrondi = valeur.setScale(decimales, RoundingMode.HALF_UP);
		String entier = entier(arrondi.abs().toBigInteger().longValueExact());
		String signe = arrondi.signum() < 0 ? "-" : "";
		if (decimales == 0) {
			return signe + entier;
		}
		String fraction = arrondi.abs().toPlainString();
		return signe + entier + "," + fraction.substring(fraction.indexOf('.') + 1);
	}

	/** "1 335 184,50 €". */
	public static String montant(BigDecimal euros) {
		return decimal(euros, 2) + "\u00A0€";
	}

}
