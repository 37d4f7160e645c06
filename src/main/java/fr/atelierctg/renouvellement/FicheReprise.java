package fr.atelierctg.renouvellement;

import org.jspecify.annotations.Nullable;

/**
 * A fiche action of the renewed convention and what became of it.
 *
 * @param numero its number in the renewed convention ("2.3")
 * @param actionId its copy in the successor, null when closed (or since removed)
 */
public record FicheReprise(String numero, String intitule, ChoixFiche choix, String note, @Nullable Long actionId) {
}
