package fr.atelierctg.avenant;

/** What a modification changes: an article's text, or an annex as a whole. */
public enum CibleModification {

	ARTICLE, ANNEXE;

	/** "article-duree", "annexe-equipements": the key of a target in forms and URLs. */
	public String cle(String reference) {
		return name().toLowerCase(java.util.Locale.ROOT) + "-" + reference;
	}

}
