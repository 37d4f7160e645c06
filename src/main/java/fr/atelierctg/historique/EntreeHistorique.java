package fr.atelierctg.historique;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of {@code historique_modification}: one field of one row, changed once. */
record EntreeHistorique(long id, String tableau, long ligneId, @Nullable String repere, String operation, String champ,
		@Nullable String avant, @Nullable String apres, @Nullable Long utilisateurId, String utilisateurNom,
		Instant horodatage) {

}
