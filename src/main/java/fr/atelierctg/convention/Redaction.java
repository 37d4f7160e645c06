package fr.atelierctg.convention;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ModificationConcurrente;

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
import fr.atelierctg.tenancy.UtilisateurConnecte;

/** Articles: created from the model, written by users, always sanitized and checked. */
@Component
class Redaction {

	static final String CLE_CHAMPS_COLLECTIVITES = "champs-collectivites";

	static final String ARTICLE_CONCURRENT = "Quelqu'un d'autre a enregistré cet article depuis que vous l'avez ouvert : "
			+ "votre texte n'a pas été enregistré. Relisez sa version, reportez-y vos changements, puis enregistrez "
			+ "de nouveau.";

	static final String ANNEXE_CONCURRENTE = "Quelqu'un d'autre a enregistré cette annexe depuis que vous l'avez "
			+ "ouverte : votre texte n'a pas été enregistré. Relisez sa version, reportez-y vos changements, puis "
			+ "enregistrez de nouveau.";

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

	List<Annexe> annexesDuModele(ModeleConvention modele) {
		return modele.annexes().stream().map((texte) -> new Annexe(texte.cle(), texte.titre(), null)).toList();
	}

	Annexe nouvelleAnnexe(Convention convention, AnnexeCommande commande) {
		String contenu = verifie(convention, commande.titre(), commande.contenu(), false);
		return new Annexe(cleLibreSuivante(convention.getAnnexes().stream().map(Annexe::getCle)),
				commande.titre().strip(), contenu);
	}

	void redigerAnnexe(Convention convention, Annexe annexe, AnnexeCommande commande) {
		if (commande.version() != null && commande.version() != annexe.getVersion()) {
			throw new ModificationConcurrente(ANNEXE_CONCURRENTE, annexe.commeConcurrent());
		}
		String contenu = (annexe.duModele() || annexe.getFichier() != null) ? null
				: verifie(convention, commande.titre(), commande.contenu(), false);
		annexe.rediger(commande.titre().strip(), contenu, auteur());
	}

	/**
	 * An annex cited by an article cannot go: the reference would print nothing sensible.
	 * The message names the articles to correct first.
	 */
	void verifierNonCitee(Convention convention, Annexe annexe) {
		String champ = "annexe." + annexe.getCle();
		List<String> citant = new java.util.ArrayList<>();
		int numero = 0;
		for (Article article : convention.getArticles()) {
			boolean numerote = article.getNature() == NatureArticle.ARTICLE;
			numero += numerote ? 1 : 0;
			Set<String> champs = new java.util.HashSet<>(Gabarit.champs(article.getContenu()));
			champs.addAll(Gabarit.champs(article.getTitre()));
			if (champs.stream().anyMatch((nom) -> nom.equalsIgnoreCase(champ))) {
				citant.add(numerote ? "l'article " + numero : "le préambule");
			}
		}
		if (!citant.isEmpty()) {
			throw DonneesInvalides.sur("annexe", "Cette annexe est citée par " + String.join(", ", citant) + " ({{"
					+ champ + "}}) : retirez d'abord ce renvoi.");
		}
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
		String contenu = verifie(convention, commande.titre(), commande.contenu(), false);
		return new Article(NatureArticle.ARTICLE,
				cleLibreSuivante(convention.getArticles().stream().map(Article::getCle)), commande.titre().strip(),
				contenu, null);
	}

	void rediger(Convention convention, Article article, ArticleCommande commande) {
		if (commande.version() != null && commande.version() != article.getVersion()) {
			throw new ModificationConcurrente(ARTICLE_CONCURRENT, article.commeConcurrent());
		}
		String contenu = verifie(convention, commande.titre(), commande.contenu(), article.getSignataireId() != null);
		article.rediger(commande.titre().strip(), contenu, auteur());
	}

	private static String auteur() {
		return UtilisateurConnecte.courant().map(UtilisateurConnecte::nomComplet).orElse("Atelier CTG");
	}

	/** Sanitizes the text and refuses unknown fields, in the title or the body. */
	private String verifie(Convention convention, String titre, String texte, boolean articlePartenaire) {
		String contenu = TexteRiche.nettoyer(texte);
		Set<String> clesArticles = convention.getArticles().stream().map(Article::getCle).collect(Collectors.toSet());
		Set<String> clesAnnexes = convention.getAnnexes().stream().map(Annexe::getCle).collect(Collectors.toSet());
		java.util.function.Predicate<String> connu = (nom) -> ChampsConnus.connu(nom, clesArticles, clesAnnexes,
				articlePartenaire);
		java.util.Map<String, String> erreurs = new java.util.LinkedHashMap<>();
		List<String> inconnusTitre = Gabarit.champsInconnus(titre, connu);
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

	/** "libre-N" after the highest N used: keys of removed elements are never reused. */
	private static String cleLibreSuivante(java.util.stream.Stream<String> cles) {
		int suivant = cles.filter((cle) -> cle.startsWith("libre-"))
			.mapToInt((cle) -> Integer.parseInt(cle.substring("libre-".length())))
			.max()
			.orElse(0) + 1;
		return "libre-" + suivant;
	}

}
