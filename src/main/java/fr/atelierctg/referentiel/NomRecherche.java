package fr.atelierctg.referentiel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The searchable form of a place name, used both when loading the referential and for
 * every query: lower case, no accents, "saint(e)" written "st(e)", hyphens and
 * apostrophes as spaces, "œ" and "æ" written "oe" and "ae" as everyone types them.
 * "Saint-Barthélemy-d'Agenais" and "st barthelemy d agenais" give the same form, and so
 * do "Cœuvres-et-Valsery" and "coeuvres et valsery".
 */
public final class NomRecherche {

	private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATEURS = Pattern.compile("[^a-z0-9]+");

	private static final Pattern SAINT = Pattern.compile("\\bsaint(e?)\\b");

	private NomRecherche() {
	}

	public static String normaliser(String nom) {
		String sansAccent = DIACRITIQUES.matcher(Normalizer.normalize(nom, Normalizer.Form.NFD)).replaceAll("");
		String minuscule = sansAccent.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
		String espaces = SEPARATEURS.matcher(minuscule).replaceAll(" ").strip();
		return SAINT.matcher(espaces).replaceAll("st$1");
	}

}
