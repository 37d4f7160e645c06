package fr.atelierctg.historique;

import java.time.Instant;
import java.util.List;

/**
 * What one person changed at one moment (one save: one transaction), read as "Claire
 * Conseil, le 24 novembre 2026 à 10 h 12".
 */
record Moment(Instant horodatage, String quand, String personne, List<Modification> modifications) {

}
