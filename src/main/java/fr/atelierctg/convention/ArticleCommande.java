package fr.atelierctg.convention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param contenu rich text (HTML); sanitized on save
 * @param version the version the user edited, to refuse a save over someone else's
 * (optional)
 */
public record ArticleCommande(
		@NotBlank(message = "Indiquez le titre de l'article.") @Size(max = 300,
				message = "Le titre ne peut dépasser 300 caractères.") String titre,
		@Size(max = 200_000, message = "Le texte est trop long.") String contenu, Long version) {
}
