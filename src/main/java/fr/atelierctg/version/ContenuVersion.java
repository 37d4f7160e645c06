package fr.atelierctg.version;

import java.util.List;

/**
 * Everything the document of a convention showed at one moment, as stored (JSON) in a
 * version. Every {@code html} is the sanitized HTML of the document; every other text is
 * plain text.
 *
 * @param titre "CONVENTION TERRITORIALE GLOBALE"
 * @param sousTitre the territory
 * @param periode "du 1er janvier 2025 au 31 décembre 2029"
 * @param statut the status name at that moment, e.g. "RELECTURE"
 * @param parties one paragraph per signatory, with its representatives
 * @param visas each "Vu …"
 * @param faitA "Fait à Marmande, …"
 * @param signatures one block per signatory
 * @param articles the préambule first (empty number), then the articles in order
 * @param annexes in order
 */
public record ContenuVersion(String titre, String sousTitre, String periode, String statut, List<String> parties,
		List<String> visas, String faitA, List<Signature> signatures, List<Article> articles, List<Annexe> annexes) {

	/**
	 * @param entite "Pour la commune d'Agmé"
	 * @param qualite "Le Maire"
	 * @param nom "Jeanne Bissières"
	 * @param signe "Signé à Agen le 12 mars 2026", or empty
	 */
	public record Signature(String entite, String qualite, String nom, String signe) {
	}

	/**
	 * @param id the article's identity across versions (renumbering keeps it)
	 * @param numero "Article 3", or empty for the préambule
	 */
	public record Article(long id, String numero, String titre, String html) {
	}

	/**
	 * @param cle the annex's identity across versions, e.g. "equipements"
	 * @param numero "Annexe 2"
	 * @param textes the annex's text, cut at its headings
	 * @param tableaux its tables, in order
	 */
	public record Annexe(String cle, String numero, String titre, List<Texte> textes, List<Tableau> tableaux) {
	}

	/** A passage of text under a heading (the first one may have no heading). */
	public record Texte(String titre, String html) {
	}

	/**
	 * @param titre what precedes the table ("Val de Garonne Agglomération")
	 * @param colonnes the header cells
	 */
	public record Tableau(String titre, List<String> colonnes, List<Ligne> lignes) {
	}

	public record Ligne(List<Cellule> cellules) {

		/** The values alone, to compare rows. */
		public List<String> valeurs() {
			return this.cellules.stream().map(Cellule::valeur).toList();
		}

	}

	/** A cell and the header of its column. */
	public record Cellule(String colonne, String valeur) {
	}

}
