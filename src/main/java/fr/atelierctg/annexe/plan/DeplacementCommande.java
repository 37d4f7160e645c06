package fr.atelierctg.annexe.plan;

import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Where an axis or an action goes.
 *
 * @param axeId for an action: the axis it moves to (its own when null)
 * @param position 1 for the first place; the last place when null or beyond
 */
public record DeplacementCommande(@Nullable Long axeId,
		@Min(value = 1, message = "La position commence à 1.") @Nullable Integer position) {
}
