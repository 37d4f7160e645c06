package fr.atelierctg.convention;

import fr.atelierctg.common.erreurs.DonneesInvalides;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.modele.ChampsConnus;
import fr.atelierctg.modele.Gabarit;
import fr.atelierctg.modele.ModeleApi;
import fr.atelierctg.modele.ModeleConvention;

/** Articles: created from the model, written by users, always sanitized and checked. */
@Component
class Redaction {

	static final String CLE_CHAMPS_COLLECTIVITES = "champs-collectivites";

	private final ModeleApi modeles;

	Redaction(ModeleApi modeles) {
		this.modeles = modeles;
	}

	List<Article> articlesDuModele(ModeleConvention modele) {
		return Stream.concat(
				Stream.of(new Article(NatureArticle.PREAMBULE, "preambule", modele.preambule().titre(),
						modele.preambule().html(), null)),
				modele.articles()
					.stream()
					.map((texte) -> new Article(NatureArticle.ARTICLE, texte.cle(), texte.titre(), texte.html(), null)))
			.toList();
	}

	/**
	 * The partner's own article, placed after the last "champs d'intervention" article.
	 */
	void ajouterArticlePartenaire(Convention convention, Signataire partenaire, CategoriePartenaire categorie) {
		ModeleConvention modele = this.modeles.modeleNational();
		modele.partenaire(categorie.name()).ifPresent((texte) -> {
			Article article = new Article(NatureArticle.ARTICLE, "partenaire-" + partenaire.getId(), texte.titre(),
					texte.html(), partenaire.getId());
			convention.ajouterArticle(article, dernierArticleDeChamps(convention));
		});
	}

	private static java.util.Optional<Article> dernierArticleDeChamps(Convention convention) {
		Article dernier = null;
		for (Article article : convention.getArticles()) {
			if (article.getCle().equals(CLE_CHAMPS_COLLECTIVITES) || article.getCle().startsWith("partenaire-")
					|| article.getCle().equals("champs-caf")) {
				dernier = article;
			}
		}
		return java.util.Optional.ofNullable(dernier);
	}

	Article nouvelArticle(Convention convention, ArticleCommande commande) {
		int suivant = convention.getArticles()
			.stream()
			.map(Article::getCle)
			.filter((cle) -> cle.startsWith("libre-"))
			.mapToInt((cle) -> Integer.parseInt(cle.substring("libre-".length())))
			.max()
			.orElse(0) + 1;
		String contenu = verifie(convention, commande, false, null);
		return new Article(NatureArticle.ARTICLE, "libre-" + suivant, commande.titre().strip(), contenu, null);
	}

	void rediger(Convention convention, Article article, ArticleCommande commande) {
		if (commande.version() != null && commande.version() != article.getVersion()) {
			throw DonneesInvalides.sur("contenu",
					"Cet article a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. "
							+ "Rechargez la page pour voir sa dernière version avant de le modifier.");
		}
		String contenu = verifie(convention, commande, article.getSignataireId() != null, article);
		article.rediger(commande.titre().strip(), contenu);
	}

	/** Sanitizes the text and refuses unknown fields, in the title or the body. */
	private String verifie(Convention convention, ArticleCommande commande, boolean articlePartenaire,
			Article article) {
		String contenu = TexteRiche.nettoyer(commande.contenu());
		Set<String> clesArticles = convention.getArticles().stream().map(Article::getCle).collect(Collectors.toSet());
		Set<String> clesAnnexes = this.modeles.modeleNational().clesAnnexes();
		java.util.function.Predicate<String> connu = (nom) -> ChampsConnus.connu(nom, clesArticles, clesAnnexes,
				articlePartenaire);
		java.util.Map<String, String> erreurs = new java.util.LinkedHashMap<>();
		List<String> inconnusTitre = Gabarit.champsInconnus(commande.titre(), connu);
		if (!inconnusTitre.isEmpty()) {
			erreurs.put("titre", message(inconnusTitre));
		}
		List<String> inconnus = Gabarit.champsInconnus(contenu, connu);
		if (!inconnus.isEmpty()) {
			erreurs.put("contenu", message(inconnus));
		}
		if (!erreurs.isEmpty()) {
			throw new DonneesInvalides(erreurs);
		}
		return contenu;
	}

	private static String message(List<String> inconnus) {
		return (inconnus.size() == 1 ? "Champ inconnu : " : "Champs inconnus : ")
				+ inconnus.stream().map((nom) -> "{{" + nom + "}}").collect(Collectors.joining(", "))
				+ ". Utilisez un des champs proposés, ou retirez les accolades.";
	}

}
