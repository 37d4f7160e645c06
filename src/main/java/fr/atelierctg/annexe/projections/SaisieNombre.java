package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.francais.NombresFr;

/**
 * A number typed in a cell, read the French way: "1,5" or "1.5", "1 200", an optional
 * unit after it ("1,5 ETP", "40 places", "250 000 €"). Negative numbers, percentages, too
 * many decimals and words are refused with a French message saying what to type.
 */
final class SaisieNombre {

	private static final Pattern ESPACES_ENTRE_CHIFFRES = Pattern.compile("(?<=\\d)[\\s\\u00A0\\u202F]+(?=\\d)");

	private static final Pattern DECIMAL = Pattern.compile("\\d*[.,]\\d+|\\d+");

	private SaisieNombre() {
	}

	/**
	 * @param valeur null for an empty cell
	 * @param erreur null when the text is a valid number
	 */
	record Lecture(@Nullable BigDecimal valeur, @Nullable String erreur) {

		boolean valide() {
			return this.erreur == null;
		}

		static Lecture vide() {
			return new Lecture(null, null);
		}

		static Lecture erreur(String message) {
			return new Lecture(null, message);
		}

	}

	static Lecture lire(@Nullable String saisie, Mesure mesure) {
		if (saisie == null || saisie.isBlank()) {
			return Lecture.vide();
		}
		String texte = sansUnite(ESPACES_ENTRE_CHIFFRES.matcher(saisie.strip()).replaceAll(""), mesure);
		if (texte.contains("%")) {
			return Lecture.erreur(
					"Indiquez " + mesure.attendu() + ", pas un pourcentage (par exemple " + mesure.exemple() + ").");
		}
		if (texte.startsWith("-") && DECIMAL.matcher(texte.substring(1).strip()).matches()) {
			return Lecture.erreur(mesure.sujet() + " ne peut pas être négatif.");
		}
		if (!DECIMAL.matcher(texte).matches()) {
			return Lecture
				.erreur("Indiquez " + mesure.attendu() + " en chiffres (par exemple " + mesure.exemple() + ").");
		}
		String point = texte.replace(',', '.');
		BigDecimal valeur = new BigDecimal(point.startsWith(".") ? "0" + point : point);
		if (valeur.stripTrailingZeros().scale() > mesure.decimales()) {
			return Lecture.erreur((mesure.decimales() == 0) ? "Indiquez " + mesure.attendu() + " entier, sans virgule."
					: "Deux décimales au plus (par exemple " + mesure.exemple() + ").");
		}
		if (valeur.compareTo(mesure.maximum()) > 0) {
			return Lecture.erreur(mesure.sujet() + " ne peut dépasser "
					+ NombresFr.decimal(mesure.maximum(), mesure.decimales()) + " " + mesure.unite() + ".");
		}
		return new Lecture(valeur.setScale(mesure.decimales()), null);
	}

	/** "1,5 ETP" → "1,5": a unit typed after the number is not an error. */
	private static String sansUnite(String texte, Mesure mesure) {
		String minuscules = texte.toLowerCase(Locale.FRENCH);
		for (String unite : switch (mesure) {
			case PLACES -> new String[] { "places", "place" };
			case ETP -> new String[] { "etp" };
			case DISPOSITIFS -> new String[] { "dispositifs", "dispositif" };
			case EUROS -> new String[] { "€", "euros", "euro" };
		}) {
			if (minuscules.endsWith(unite)) {
				return texte.substring(0, texte.length() - unite.length()).strip();
			}
		}
		return texte;
	}

}
