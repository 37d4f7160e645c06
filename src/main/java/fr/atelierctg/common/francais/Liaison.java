package fr.atelierctg.common.francais;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a place name is linked after "de" (INSEE "type de nom en clair", the
 * {@code typeLiaison} of the Etalab referential): "de Beaupuy", "d'Agmé", "du
 * Mas-d'Agenais", "de la Haute-Garonne", "des Mées", "de l'Ain". Names carrying their
 * article ("Le Mas-d'Agenais") contract it.
 */
public enum Liaison {

	CONSONNE(""), VOYELLE(""), LE("Le "), LA("La "), LES("Les "), L_APOSTROPHE("L'"), AUX("Aux "), LAS("Las "),
	LOS("Los ");

	private final String article;

	Liaison(String article) {
		this.article = article;
	}

	public static Liaison depuisCode(int typeLiaison) {
		return values()[typeLiaison];
	}

	/** For names typed by hand: the article they start with, else the initial letter. */
	public static Liaison deviner(String nom) {
		String n = nom.strip();
		for (Liaison liaison : new Liaison[] { LES, LE, LA, L_APOSTROPHE, AUX, LAS, LOS }) {
			if (n.regionMatches(true, 0, liaison.article, 0, liaison.article.length())
					|| (liaison == L_APOSTROPHE && n.regionMatches(true, 0, "L’", 0, 2))) {
				return liaison;
			}
		}
		return commenceParUneVoyelle(n) ? VOYELLE : CONSONNE;
	}

	static boolean commenceParUneVoyelle(String mot) {
		if (mot.isEmpty()) {
			return false;
		}
		String initiale = Normalizer.normalize(mot.substring(0, 1), Normalizer.Form.NFD)
			.substring(0, 1)
			.toLowerCase(Locale.ROOT);
		return "aeiouy".contains(initiale);
	}

	/**
	 * "de Beaupuy", "d'Agmé", "du Mas-d'Agenais", "des Mées", "de la Réole", "de
	 * l'Isle-Jourdain".
	 */
	public String de(String nom) {
		return switch (this) {
			case CONSONNE -> "de " + nom;
			case VOYELLE -> "d'" + nom;
			case LE -> "du " + sansArticle(nom);
			case LES -> "des " + sansArticle(nom);
			case AUX -> "des " + sansArticle(nom);
			case LA -> "de la " + sansArticle(nom);
			case L_APOSTROPHE -> "de l'" + sansArticle(nom);
			case LAS, LOS -> "de " + nom;
		};
	}

	/** "à Beaupuy", "au Mas-d'Agenais", "aux Mées", "à la Réole", "à l'Isle-Jourdain". */
	public String a(String nom) {
		return switch (this) {
			case CONSONNE, VOYELLE, LAS, LOS -> "à " + nom;
			case LE -> "au " + sansArticle(nom);
			case LES, AUX -> "aux " + sansArticle(nom);
			case LA -> "à la " + sansArticle(nom);
			case L_APOSTROPHE -> "à l'" + sansArticle(nom);
		};
	}

	private String sansArticle(String nom) {
		String n = nom.strip();
		if (n.regionMatches(true, 0, this.article, 0, this.article.length())) {
			return n.substring(this.article.length());
		}
		if (this == L_APOSTROPHE && n.regionMatches(true, 0, "L’", 0, 2)) {
			return n.substring(2);
		}
		return n;
	}

}
