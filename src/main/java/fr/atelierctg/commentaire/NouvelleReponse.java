package fr.atelierctg.commentaire;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A reply under a thread. */
public record NouvelleReponse(
		@Schema(description = "Texte simple, retours à la ligne conservés", maxLength = TexteCommentaire.LONGUEUR_MAX,
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String texte) {

}
