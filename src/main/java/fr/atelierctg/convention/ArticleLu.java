package fr.atelierctg.convention;

/**
 * An article as read, with its computed number.
 *
 * @param numero 1, 2, 3… for articles, 0 for the préambule
 */
public record ArticleLu(long id, NatureArticle nature, int numero, String cle, String titre, String contenu,
		Long signataireId, long version) {

	/** "Article 3", or "Préambule". */
	public String intitule() {
		return (this.nature == NatureArticle.PREAMBULE) ? "Préambule" : "Article " + this.numero;
	}

}
