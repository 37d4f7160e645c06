package fr.atelierctg.common.francais;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Titles of representatives ("maire", "présidente", "1ère adjointe"), agreed with the
 * civilité of the person whatever was typed: a man is never "La Présidente", a woman
 * never "Le Directeur".
 */
public final class Qualites {

	/**
	 * Masculine → feminine word forms. "maire", "préfet·e"… epicene words need no entry.
	 */
	private static final Map<String, String> FEMININS = new LinkedHashMap<>();

	static {
		FEMININS.put("vice-président", "vice-présidente");
		FEMININS.put("président", "présidente");
		FEMININS.put("directeur", "directrice");
		FEMININS.put("préfet", "préfète");
		FEMININS.put("adjoint", "adjointe");
		FEMININS.put("conseiller", "conseillère");
		FEMININS.put("délégué", "déléguée");
		FEMININS.put("1er", "1ère");
		FEMININS.put("premier", "première");
		FEMININS.put("recteur", "rectrice");
		FEMININS.put("sous-préfet", "sous-préfète");
	}

	private Qualites() {
	}

	/**
	 * "Président" for Madame gives "présidente"; "directrice" for Monsieur gives
	 * "directeur".
	 */
	public static String accorder(String qualite, Civilite civilite) {
		String[] mots = qualite.strip().split(" ", -1);
		StringBuilder sortie = new StringBuilder();
		for (int i = 0; i < mots.length; i++) {
			if (i > 0) {
				sortie.append(' ');
			}
			sortie.append(accorderMot(mots[i], civilite));
		}
		return sortie.toString();
	}

	private static String accorderMot(String mot, Civilite civilite) {
		String minuscule = mot.toLowerCase(Locale.FRENCH);
		for (Map.Entry<String, String> forme : FEMININS.entrySet()) {
			String cherche = civilite.feminin() ? forme.getKey() : forme.getValue();
			String remplace = civilite.feminin() ? forme.getValue() : forme.getKey();
			if (minuscule.equals(cherche)) {
				return memeCasse(mot, remplace);
			}
		}
		if (civilite.feminin() && minuscule.equals("1re")) {
			return mot;
		}
		if (!civilite.feminin() && (minuscule.equals("1re") || minuscule.equals("1ère"))) {
			return "1er";
		}
		return mot;
	}

	private static String memeCasse(String modele, String mot) {
		return Character.isUpperCase(modele.charAt(0)) ? Character.toUpperCase(mot.charAt(0)) + mot.substring(1) : mot;
	}

	/**
	 * "son maire", "sa présidente", "son adjointe" (before a vowel), "sa 1ère adjointe".
	 */
	public static String avecPossessif(String qualite, Civilite civilite) {
		String accordee = accorder(qualite, civilite).toLowerCase(Locale.FRENCH);
		String possessif = (civilite.feminin() && !Liaison.commenceParUneVoyelle(accordee)) ? "sa " : "son ";
		return possessif + accordee;
	}

	/** "Le Maire", "La Présidente", "L'Adjointe", "La 1ère adjointe". */
	public static String avecArticle(String qualite, Civilite civilite) {
		String accordee = accorder(qualite, civilite);
		String capitale = Character.toUpperCase(accordee.charAt(0)) + accordee.substring(1);
		if (Liaison.commenceParUneVoyelle(accordee)) {
			return "L'" + capitale;
		}
		return (civilite.feminin() ? "La " : "Le ") + capitale;
	}

	/** "le maire", "la présidente", "l'adjointe". */
	public static String avecArticleMinuscule(String qualite, Civilite civilite) {
		String accordee = accorder(qualite, civilite).toLowerCase(Locale.FRENCH);
		if (Liaison.commenceParUneVoyelle(accordee)) {
			return "l'" + accordee;
		}
		return (civilite.feminin() ? "la " : "le ") + accordee;
	}

}
