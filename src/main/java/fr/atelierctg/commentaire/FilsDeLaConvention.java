package fr.atelierctg.commentaire;

import java.util.List;

/**
 * The threads of a convention the current user may read, grouped by target in the order
 * of the convention (articles, then annexes).
 *
 * @param groupes the threads in the state asked for
 * @param ouverts how many open threads the user may read
 * @param resolus how many resolved threads the user may read
 * @param cibles every target a new thread may have (articles, then annexes)
 * @param peutEcrire whether the user may write (not a lecteur)
 * @param peutChoisirVisibilite whether the user may keep a thread internal to the Caf
 */
public record FilsDeLaConvention(long conventionId, EtatFils etat, List<GroupeDeFils> groupes, long ouverts,
		long resolus, List<CibleLue> cibles, boolean peutEcrire, boolean peutChoisirVisibilite) {

	/** The filters of the page, in order. */
	public List<EtatFils> etats() {
		return List.of(EtatFils.values());
	}

	/** How many threads the user may read are in that state. */
	public long nombre(EtatFils etat) {
		return switch (etat) {
			case OUVERTS -> this.ouverts;
			case RESOLUS -> this.resolus;
			case TOUS -> this.ouverts + this.resolus;
		};
	}

}
