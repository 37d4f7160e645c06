package fr.atelierctg.document;

import java.util.List;

/**
 * A convention (or later an avenant) fully written out, ready to lay out: every text is
 * final French, every {@code html} field is sanitized HTML (p, strong, em, ul, ol, li,
 * br) that the layout inserts as is. The same object feeds the HTML preview and the PDF.
 *
 * @param titre "CONVENTION TERRITORIALE GLOBALE"
 * @param sousTitre the territory, e.g. "Val de Garonne Agglomération"
 * @param periode "du 1er janvier 2025 au 31 décembre 2029"
 * @param projet true while not validated: the PDF carries a "PROJET" watermark
 * @param parties "Entre :" then one paragraph per signatory, joined by "Et :"
 * @param visas each line starts with "Vu "
 * @param preambule the préambule (title "Préambule")
 * @param articles in document order, numbers already computed
 * @param faitA "Fait à Agen, le 12 mars 2025" (or "…, à la date de la dernière
 * signature")
 * @param exemplaires "En autant d'exemplaires originaux que de signataires."
 * @param signatures one block per signatory, never split across pages
 * @param annexes in order, numbers already computed
 */
public record DocumentRedige(String titre, String sousTitre, String periode, boolean projet, List<Partie> parties,
		List<String> visas, Section preambule, List<Section> articles, String faitA, String exemplaires,
		List<BlocSignature> signatures, List<Section> annexes) {

	/**
	 * One party of the "Entre : … Et : …" block.
	 *
	 * @param html e.g. "La commune d'Agmé, représentée par son Maire, Monsieur Jérôme
	 * Bissières, dûment autorisé à signer la présente convention par délibération du
	 * conseil municipal en date du …"
	 * @param denomination "Ci-après dénommée « la Caf »" (may be empty)
	 */
	public record Partie(String html, String denomination) {
	}

	/**
	 * A titled part: an article, the préambule, an annex.
	 *
	 * @param ancre a stable id for links and bookmarks, e.g. "article-3"
	 * @param numero "Article 3", "Annexe 2", or empty for the préambule
	 * @param titre "Les champs d'intervention de la Caf"
	 * @param html the body, sanitized HTML
	 */
	public record Section(String ancre, String numero, String titre, String html) {
	}

	/**
	 * @param entite "Pour la Caf de Lot-et-Garonne", "Pour la commune d'Agmé"
	 * @param qualite "La Présidente du conseil d'administration", "Le Maire"
	 * @param nom "Béatrice Lavit"
	 * @param signe "Signé à Agen le 12 mars 2026" once recorded, else empty
	 */
	public record BlocSignature(String entite, String qualite, String nom, String signe) {
	}

}
