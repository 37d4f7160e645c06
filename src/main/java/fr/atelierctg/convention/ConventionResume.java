package fr.atelierctg.convention;

import java.time.Instant;

/** A line of the conventions list. */
public record ConventionResume(long id, String titre, String territoire, Periode periode, StatutConvention statut,
		int nombreSignataires, Instant modifieLe) {
}
