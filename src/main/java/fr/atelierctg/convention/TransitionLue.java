package fr.atelierctg.convention;

import java.time.Instant;

/** A recorded move of a convention's life. */
public record TransitionLue(StatutConvention de, StatutConvention vers, String auteur, String motif, Instant le) {
}
