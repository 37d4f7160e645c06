package fr.atelierctg.avenant;

/**
 * A modification as read.
 *
 * @param reference the article's or annex's key in the convention
 * @param ancienTexte the wording replaced, as the consolidated text printed it (HTML
 * written by the application)
 * @param nouveauTexte sanitized rich text
 */
public record ModificationLue(long id, int ordre, CibleModification cible, String reference, String titre,
		String ancienTexte, String nouveauTexte, long version) {

	/** "article-duree", "annexe-equipements". */
	public String cle() {
		return this.cible.cle(this.reference);
	}

}
