package fr.atelierctg.commentaire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.atelierctg.convention.AnnexeLu;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionLue;

/**
 * The targets of a convention's threads: checked against the convention, named, linked to
 * their page, and ordered as in the convention (articles, then annexes, then sections).
 */
final class Cibles {

	/** Annexes with pages of their own, by key. */
	private static final Set<String> ANNEXES_STRUCTUREES = Set.of("diagnostic", "equipements", "plan-actions",
			"pilotage");

	private Cibles() {
	}

	/** French messages per field: {@code cible}, {@code section}; empty when valid. */
	static Map<String, String> erreurs(ConventionLue convention, Cible cible) {
		Map<String, String> erreurs = new LinkedHashMap<>();
		if ((cible.articleId() == null) == (cible.annexeId() == null)) {
			erreurs.put("cible", "Choisissez l'article ou l'annexe que vous commentez.");
		}
		else if (cible.articleId() != null && convention.article(cible.articleId()).isEmpty()) {
			erreurs.put("cible", "Cet article n'est pas dans la convention.");
		}
		else if (cible.annexeId() != null && convention.annexe(cible.annexeId()).isEmpty()) {
			erreurs.put("cible", "Cette annexe n'est pas dans la convention.");
		}
		if (cible.section() != null && (cible.annexeId() == null || !Cible.sectionValide(cible.section()))) {
			erreurs.put("section",
					(cible.annexeId() == null) ? "Seule une annexe a des sections."
							: "Écrivez la section comme dans l'annexe, par exemple II-a (" + Cible.SECTION_MAX
									+ " caractères au plus : lettres, chiffres et tirets).");
		}
		return erreurs;
	}

	/**
	 * @param redige whether the user drafts (the article and annex editors are theirs)
	 */
	static CibleLue lue(ConventionLue convention, Cible cible, boolean redige) {
		String base = "/conventions/" + convention.id();
		if (cible.articleId() != null) {
			Optional<ArticleLu> article = convention.article(cible.articleId());
			String libelle = article.map(Cibles::libelle).orElse("Article retiré");
			String lien = redige ? base + "/articles/" + cible.articleId() + "#commentaires"
					: base + "#article-" + cible.articleId();
			return new CibleLue(cible.cle(), cible.articleId(), null, null, libelle, lien);
		}
		Optional<AnnexeLu> annexe = convention.annexe(cible.annexeId());
		String libelle = annexe.map((a) -> a.intitule() + " – " + a.titre()).orElse("Annexe retirée")
				+ ((cible.section() == null) ? "" : ", section " + cible.sectionEnClair());
		return new CibleLue(cible.cle(), null, cible.annexeId(), cible.section(), libelle,
				lien(base, cible, annexe.map(AnnexeLu::cle).orElse(""), redige));
	}

	private static String lien(String base, Cible cible, String cle, boolean redige) {
		if (redige) {
			return base + "/annexes/" + cible.annexeId() + "#commentaires";
		}
		if (ANNEXES_STRUCTUREES.contains(cle)) {
			return base + "/annexes/" + cle + ((cible.section() == null) ? "" : "#section-" + cible.section());
		}
		return base + "#annexe-" + cible.annexeId();
	}

	private static String libelle(ArticleLu article) {
		return article.intitule().equals(article.titre()) ? article.intitule()
				: article.intitule() + " – " + article.titre();
	}

	/** Every article and annex, for the choice of a new thread's target. */
	static List<CibleLue> toutes(ConventionLue convention, boolean redige) {
		List<CibleLue> cibles = new ArrayList<>();
		convention.articles().forEach((a) -> cibles.add(lue(convention, Cible.article(a.id()), redige)));
		convention.annexes().forEach((a) -> cibles.add(lue(convention, Cible.annexe(a.id(), null), redige)));
		return cibles;
	}

	/**
	 * In the convention's order: articles, then annexes, each annex before its sections.
	 */
	static Comparator<Cible> ordre(ConventionLue convention) {
		List<Long> articles = convention.articles().stream().map(ArticleLu::id).toList();
		List<Long> annexes = convention.annexes().stream().map(AnnexeLu::id).toList();
		return Comparator
			.<Cible>comparingInt((c) -> (c.articleId() != null) ? articles.indexOf(c.articleId())
					: articles.size() + annexes.indexOf(c.annexeId()))
			.thenComparing((c) -> (c.section() == null) ? "" : c.section());
	}

}
