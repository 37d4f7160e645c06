package fr.atelierctg.commentaire;

import org.jspecify.annotations.Nullable;

/**
 * A thread's target as shown: "Article 4 – Les objectifs partagés…", "Annexe 1 –
 * Diagnostic partagé, section II-a".
 *
 * @param cle {@link Cible#cle()}
 * @param lien the page where the target is, for the current user (the article's editor
 * for the Caf's drafters, the convention page or the annex's page for the others)
 */
public record CibleLue(String cle, @Nullable Long articleId, @Nullable Long annexeId, @Nullable String section,
		String libelle, String lien) {

}
