package fr.atelierctg.document;

/**
 * How to lay out a document, beyond its content.
 *
 * @param sommaire adds a table of contents after the cover; in the PDF it shows the true
 * page numbers, in the preview only links
 * @param mention a line under the cover's period, e.g. "Version consolidée au …" (null:
 * none)
 */
public record OptionsRendu(boolean sommaire, String mention) {

	/**
	 * The layout of a convention as signed: cover, parties, articles, signatures,
	 * annexes.
	 */
	public static final OptionsRendu STANDARD = new OptionsRendu(false);

	/** The standard layout plus a table of contents. */
	public static final OptionsRendu AVEC_SOMMAIRE = new OptionsRendu(true);

	public OptionsRendu(boolean sommaire) {
		this(sommaire, null);
	}

	/** The same layout with a mention under the cover's period. */
	public OptionsRendu avecMention(String texte) {
		return new OptionsRendu(this.sommaire, texte);
	}

}
