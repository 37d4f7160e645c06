package fr.atelierctg.annexe.pilotage;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A working time in ETP (équivalent temps plein) as people type it: "0,5", "1.5", "2",
 * "0,8 ETP". Refuses with a French message what is ambiguous or impossible: a percentage
 * ("1.7%"), a negative value, more than two decimals, zero, more than 10.
 */
final class SaisieEtp {

	static final BigDecimal MAXIMUM = BigDecimal.TEN;

	private static final Pattern NOMBRE = Pattern.compile("(-?)\\s*(\\d+)(?:[.,](\\d+))?");

	private SaisieEtp() {
	}

	/** The value, or a message saying what to type instead. */
	sealed interface Resultat {

		record Valeur(BigDecimal etp) implements Resultat {
		}

		record Refus(String message) implements Resultat {
		}

	}

	static Resultat lire(String saisie) {
		String texte = (saisie == null) ? "" : saisie.strip().replace('\u00A0', ' ').replace('\u202F', ' ');
		if (texte.toUpperCase(Locale.FRENCH).endsWith("ETP")) {
			texte = texte.substring(0, texte.length() - 3).strip();
		}
		if (texte.isEmpty()) {
			return new Resultat.Refus("Indiquez le temps de travail en ETP, par exemple 0,5 ou 1.");
		}
		if (texte.contains("%")) {
			return new Resultat.Refus(
					"Indiquez un nombre d'ETP sans pourcentage : 1 pour un temps plein, 0,5 pour un mi-temps.");
		}
		Matcher nombre = NOMBRE.matcher(texte);
		if (!nombre.matches()) {
			return new Resultat.Refus("Indiquez un nombre d'ETP, par exemple 0,5 ou 1,75 (sans unité).");
		}
		if (!nombre.group(1).isEmpty()) {
			return new Resultat.Refus("Le nombre d'ETP ne peut pas être négatif.");
		}
		String decimales = (nombre.group(3) == null) ? "" : nombre.group(3);
		if (decimales.length() > 2) {
			return new Resultat.Refus("Deux décimales au plus, par exemple 0,75.");
		}
		BigDecimal etp = new BigDecimal(nombre.group(2) + (decimales.isEmpty() ? "" : "." + decimales));
		if (etp.signum() == 0) {
			return new Resultat.Refus("Le nombre d'ETP doit être supérieur à 0.");
		}
		if (etp.compareTo(MAXIMUM) > 0) {
			return new Resultat.Refus("10 ETP au plus par ligne : vérifiez la saisie.");
		}
		return new Resultat.Valeur(etp);
	}

}
