package fr.atelierctg.convention.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal texts the CNAF 2026 model cites, with their exact numbers and dates (checked
 * against Légifrance when the model was transcribed), and what a text says of them.
 * Signed conventions carry "loi n° 2023-1196 du 18 décembre 2024" (the model's own
 * footnote) or "L 2014-1-3" for L. 214-1-3: such references are found here.
 */
final class ReferencesJuridiques {

	/** Lois, décrets: number → date as printed. */
	static final Map<String, String> TEXTES = Map.of("loi n° 2023-1196", "18 décembre 2023", "loi n° 78-17",
			"6 janvier 1978", "décret n° 2021-1644", "14 décembre 2021", "décret n° 2025-253", "20 mars 2025");

	/** Articles of the codes the model cites (CASF, code de la sécurité sociale). */
	static final List<String> ARTICLES = List.of("214-1", "214-1-3", "214-2", "214-2-1", "214-7", "263-1", "223-1",
			"227-1", "227-2", "227-3");

	private static final Pattern TEXTE = Pattern.compile(
			"\\b(loi|décret)\\s+n[°o]\\s*([0-9]{2,4}-[0-9]{1,5})\\s+du\\s+(\\d{1,2}(?:er)?\\s+[a-zéû]+\\s+\\d{4})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ARTICLE = Pattern.compile("\\bL\\.?\\s?([0-9]{3,4}(?:-[0-9]+){1,2})\\b");

	private ReferencesJuridiques() {
	}

	/** What is wrong with the references of a text, in French; empty if nothing. */
	static List<String> erreurs(String texte) {
		List<String> erreurs = new ArrayList<>();
		Matcher texteCite = TEXTE.matcher(texte);
		while (texteCite.find()) {
			String nature = texteCite.group(1).toLowerCase(java.util.Locale.FRENCH);
			String cle = nature + " n° " + texteCite.group(2);
			String date = texteCite.group(3).replaceAll("\\s+", " ");
			String attendue = TEXTES.get(cle);
			if (attendue != null && !attendue.equals(date)) {
				erreurs.add(("loi".equals(nature) ? "la " : "le ") + cle + " est du " + attendue + ", pas du " + date);
			}
		}
		Matcher article = ARTICLE.matcher(texte);
		while (article.find()) {
			String numero = article.group(1);
			if (!ARTICLES.contains(numero)) {
				proche(numero).ifPresent((connu) -> erreurs
					.add("l'article « " + article.group() + " » n'existe pas : sans doute L. " + connu));
			}
		}
		return erreurs;
	}

	/**
	 * A known article one typing slip away (one character added, removed or changed):
	 * "2014-1-3" → "214-1-3".
	 */
	private static Optional<String> proche(String numero) {
		return ARTICLES.stream().filter((connu) -> distance(connu, numero) == 1).findFirst();
	}

	private static int distance(String a, String b) {
		int[] precedente = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			precedente[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int[] ligne = new int[b.length() + 1];
			ligne[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cout = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				ligne[j] = Math.min(Math.min(ligne[j - 1] + 1, precedente[j] + 1), precedente[j - 1] + cout);
			}
			precedente = ligne;
		}
		return precedente[b.length()];
	}

}
