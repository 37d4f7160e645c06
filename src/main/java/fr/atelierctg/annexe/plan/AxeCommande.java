package fr.atelierctg.annexe.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An axis' wording ("préciser par un verbe la transformation visée").
 *
 * @param version the version the user edited (optional)
 */
public record AxeCommande(
		@NotBlank(message = "Indiquez l'intitulé de l'axe.") @Size(max = 500,
				message = "L'intitulé ne peut dépasser 500 caractères.") @Nullable String intitule,
		@Nullable Long version) {
}
