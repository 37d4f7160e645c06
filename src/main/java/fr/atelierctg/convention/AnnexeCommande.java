package fr.atelierctg.convention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param contenu rich text (HTML) of an annex added by a user, sanitized on save; ignored
 * for an annex of the model
 * @param version the version the user edited (optional)
 */
public record AnnexeCommande(
		@NotBlank(message = "Indiquez le titre de l'annexe.") @Size(max = 300,
				message = "Le titre ne peut dépasser 300 caractères.") String titre,
		@Size(max = 200_000, message = "Le texte est trop long.") String contenu, Long version) {
}
