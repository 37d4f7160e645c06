package fr.atelierctg.annexe.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * A fiche action as read, with its computed number ("2.3"). In JSON, the rubrics sit
 * beside the other fields, as in {@link FicheActionCommande}.
 *
 * @param pilote the pilot's name, null when its signatory has left the convention
 * @param chargeCooperation the assigned chargé(e)'s first and last name, or null
 * @param aReecrire copied from the convention this one renews to be rewritten, not saved
 * since
 */
public record ActionLu(long id, String numero, long axeId, String intitule, @JsonUnwrapped Fiche fiche,
		@Nullable Long piloteSignataireId, @Nullable String pilote, @Nullable Long chargeCooperationId,
		@Nullable String chargeCooperation, long version, boolean aReecrire) {
}
