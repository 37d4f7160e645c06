package fr.atelierctg.commentaire;

import org.jspecify.annotations.Nullable;

/**
 * A comment form of a page: a new thread (with its target, section and visibility) or a
 * reply (text only).
 *
 * @param cible {@link Cible#cle()} of the target of a new thread
 * @param formulaire the id of the form on the page, to show its errors next to it
 * @param retour the page the form is on (a path of this convention), where to go back
 */
record SaisieCommentaire(@Nullable String cible, @Nullable String section, @Nullable Visibilite visibilite,
		@Nullable String texte, @Nullable String formulaire, @Nullable String retour) {

	NouveauFil nouveauFil() {
		Cible choisie = Cible.depuis(this.cible).orElse(new Cible(null, null, null));
		return new NouveauFil(choisie.articleId(), choisie.annexeId(),
				(choisie.section() != null) ? choisie.section() : this.section, this.visibilite, this.texte);
	}

}
