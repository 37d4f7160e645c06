package fr.atelierctg.modele;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A national edition as registered: when it was loaded, and whether the Caf still has to
 * review it (newer than its variant's base).
 */
public record EditionLue(String code, String libelle, LocalDate date, Instant chargeeLe, boolean aExaminer) {
}
