package fr.atelierctg.commentaire;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A new thread and its first comment.
 *
 * @param articleId the article commented on, or
 * @param annexeId the annex commented on
 * @param section optional, with an annex: one of its sections ("II-a")
 * @param visibilite shared with the collectivités when absent
 * @param texte plain text, line breaks kept
 */
public record NouveauFil(@Schema(description = "L'article commenté (ou annexeId)") @Nullable Long articleId,
		@Schema(description = "L'annexe commentée (ou articleId)") @Nullable Long annexeId,
		@Schema(description = "Avec une annexe, une de ses sections (facultatif), par exemple II-a",
				maxLength = Cible.SECTION_MAX, example = "II-a") @Nullable String section,
		@Schema(description = "PARTAGE (par défaut) ou INTERNE (personnel de la Caf seulement)") @Nullable Visibilite visibilite,
		@Schema(description = "Texte simple, retours à la ligne conservés", maxLength = TexteCommentaire.LONGUEUR_MAX,
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String texte) {

	Cible cible() {
		return new Cible(this.articleId, this.annexeId, Cible.section(this.section));
	}

}
