package fr.atelierctg.commentaire;

import java.time.Instant;

import fr.atelierctg.common.francais.DatesFr;

/**
 * A comment as read.
 *
 * @param texte plain text as typed: escape it on output
 * @param organisme "Caf de Lot-et-Garonne", or the author's collectivités that sign the
 * convention
 */
public record CommentaireLu(long id, String texte, String auteur, String organisme, Instant ecritLe) {

	/** "le 23 novembre 2026 à 14 h 05". */
	public String ecritLeEnClair() {
		return DatesFr.horodatage(this.ecritLe);
	}

}
