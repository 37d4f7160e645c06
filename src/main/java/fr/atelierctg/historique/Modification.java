package fr.atelierctg.historique;

import org.jspecify.annotations.Nullable;

/**
 * One field changed, as read: "Équipement « Crèche Les Lutins »", "Capacité", 20 → 24.
 *
 * @param operation INSERT (the row was added: only {@code apres}), UPDATE or DELETE (the
 * row was removed: only {@code avant}, its values kept here)
 * @param comparaison for long texts, the word-level comparison as escaped HTML with
 * {@code <del>}/{@code <ins>}; null otherwise
 */
record Modification(String element, String champ, String operation, @Nullable String avant, @Nullable String apres,
		@Nullable String comparaison) {

}
