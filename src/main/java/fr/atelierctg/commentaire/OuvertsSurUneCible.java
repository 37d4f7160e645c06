package fr.atelierctg.commentaire;

import org.jspecify.annotations.Nullable;

/** How many threads are open on an article, or on an annex (its sections together). */
record OuvertsSurUneCible(@Nullable Long articleId, @Nullable Long annexeId, long nombre) {

	Cible cible() {
		return new Cible(this.articleId, this.annexeId, null);
	}

}
