package fr.atelierctg.commentaire;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.francais.DatesFr;

/**
 * A thread as read: its first comment, then the replies in order.
 *
 * @param resoluPar who resolved it last (kept when it is reopened)
 * @param rouvertPar who reopened it last
 * @param peutChangerEtat whether the current user may resolve or reopen it (the Caf's
 * staff, and the collectivité that opened it)
 */
public record FilLu(long id, CibleLue cible, boolean interne, boolean resolu, @Nullable String resoluPar,
		@Nullable Instant resoluLe, @Nullable String rouvertPar, @Nullable Instant rouvertLe,
		List<CommentaireLu> commentaires, boolean peutChangerEtat) {

	public @Nullable String resoluLeEnClair() {
		return (this.resoluLe == null) ? null : DatesFr.horodatage(this.resoluLe);
	}

	public @Nullable String rouvertLeEnClair() {
		return (this.rouvertLe == null) ? null : DatesFr.horodatage(this.rouvertLe);
	}

}
