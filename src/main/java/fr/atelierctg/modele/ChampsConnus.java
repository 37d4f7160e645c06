package fr.atelierctg.modele;

import java.util.Set;

/**
 * The names a convention's texts may use. {@code article.KEY} and {@code annexe.KEY} are
 * known when the convention has an article or annex with that key.
 */
public final class ChampsConnus {

	/**
	 * Fields of every text, with what they give (for the help shown beside the editor).
	 */
	public static final java.util.Map<String, String> GENERAUX = ordonnes("caf", "la Caf de …", "de_caf",
			"de la Caf de …", "collectivites", "la commune de … / les communes de … / la communauté …",
			"de_collectivites", "de la commune de … / des communes de …", "territoire", "le nom du territoire",
			"periode", "du 1er janvier … au 31 décembre …", "date_debut", "la date de début", "date_fin",
			"la date de fin", "presidence_copil",
			"la phrase de présidence du comité de pilotage (seule dans son paragraphe)", "ctg_dans_ma_poche",
			"les paragraphes « CTG dans ma poche » si adoptée (seuls dans leur paragraphe)");

	/** Fields of a partner's own article only. */
	public static final Set<String> PARTENAIRE = Set.of("partenaire", "de_partenaire");

	private ChampsConnus() {
	}

	private static java.util.Map<String, String> ordonnes(String... clesEtValeurs) {
		java.util.Map<String, String> champs = new java.util.LinkedHashMap<>();
		for (int i = 0; i < clesEtValeurs.length; i += 2) {
			champs.put(clesEtValeurs[i], clesEtValeurs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(champs);
	}

	public static boolean connu(String nom, Set<String> clesArticles, Set<String> clesAnnexes,
			boolean articlePartenaire) {
		if (GENERAUX.containsKey(nom) || (articlePartenaire && PARTENAIRE.contains(nom))) {
			return true;
		}
		if (nom.startsWith("article.")) {
			return clesArticles.contains(nom.substring("article.".length()));
		}
		if (nom.startsWith("annexe.")) {
			return clesAnnexes.contains(nom.substring("annexe.".length()));
		}
		return false;
	}

}
