package fr.atelierctg.historique;

import java.util.List;

/**
 * One page of a convention's history, newest first.
 *
 * @param page from 1
 * @param total entries matching the filter (one per field changed)
 */
record PageHistorique(long conventionId, int page, int taille, long total, int pages, List<Moment> moments) {

	public boolean precedente() {
		return this.page > 1;
	}

	public boolean suivante() {
		return this.page < this.pages;
	}

}
