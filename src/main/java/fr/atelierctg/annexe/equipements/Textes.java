package fr.atelierctg.annexe.equipements;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Comparison keys for what people type: no case, no accents, punctuation as spaces. */
final class Textes {

	private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");

	private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

	private static final Pattern NON_ALPHANUMERIQUE = Pattern.compile("[^a-z0-9]+");

	private Textes() {
	}

	/** "Maison d’assistants maternels (MAM)" → "maison d assistants maternels mam". */
	static String cle(String texte) {
		String sansAccents = DIACRITIQUES.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("");
		String minuscules = sansAccents.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
		return NON_ALPHANUMERIQUE.matcher(minuscules).replaceAll(" ").strip();
	}

	/**
	 * Like {@link #cle(String)} but drops parenthesised remarks: "Capacité (ETP)" →
	 * "capacite".
	 */
	static String cleSansParentheses(String texte) {
		return cle(PARENTHESES.matcher(texte).replaceAll(" "));
	}

}
