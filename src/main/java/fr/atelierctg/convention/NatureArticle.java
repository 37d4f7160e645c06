package fr.atelierctg.convention;

public enum NatureArticle {

	/** Not numbered, printed before article 1. */
	PREAMBULE,
	/** Numbered 1, 2, 3… in document order. */
	ARTICLE

}
