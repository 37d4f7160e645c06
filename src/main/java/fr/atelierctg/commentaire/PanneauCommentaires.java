package fr.atelierctg.commentaire;

import java.util.List;

/**
 * What the comment panel of an article or annex page shows: the threads on that target
 * (for an annex, on any of its sections too) and what the user may do.
 */
public record PanneauCommentaires(long conventionId, CibleLue cible, List<FilLu> fils, boolean peutEcrire,
		boolean peutChoisirVisibilite) {

	public long ouverts() {
		return this.fils.stream().filter((f) -> !f.resolu()).count();
	}

}
