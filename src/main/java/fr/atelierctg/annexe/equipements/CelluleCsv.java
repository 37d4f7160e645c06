package fr.atelierctg.annexe.equipements;

import java.util.regex.Pattern;

/**
 * Cell text in and out of CSV files. Out: a cell starting with = + - @ gets a leading
 * apostrophe so a spreadsheet shows it as text instead of running it as a formula (CSV
 * injection). In: that apostrophe is removed again, spaces are trimmed (no-break spaces
 * included) and line breaks inside a cell become single spaces.
 */
final class CelluleCsv {

	private static final Pattern BLANCS = Pattern.compile("[\\s\\u00A0\\u202F]+");

	private CelluleCsv() {
	}

	static String lire(String brute) {
		String valeur = aNettoyer(brute) ? BLANCS.matcher(brute).replaceAll(" ").strip() : brute.strip();
		if (valeur.length() > 1 && valeur.charAt(0) == '\'' && estFormule(valeur.charAt(1))) {
			return valeur.substring(1);
		}
		return valeur;
	}

	static String ecrire(String valeur) {
		return (!valeur.isEmpty() && estFormule(valeur.charAt(0))) ? "'" + valeur : valeur;
	}

	/**
	 * Line breaks, tabs, no-break spaces or double spaces: rare, so the regex is skipped.
	 */
	private static boolean aNettoyer(String valeur) {
		for (int i = 0; i < valeur.length(); i++) {
			char c = valeur.charAt(i);
			if (c < ' ' || c == '\u00A0' || c == '\u202F' || (c == ' ' && i > 0 && valeur.charAt(i - 1) == ' ')) {
				return true;
			}
		}
		return false;
	}

	private static boolean estFormule(char c) {
		return c == '=' || c == '+' || c == '-' || c == '@';
	}

}
