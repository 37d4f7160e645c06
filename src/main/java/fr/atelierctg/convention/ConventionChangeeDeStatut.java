package fr.atelierctg.convention;

import java.time.Instant;

/**
 * Published (after commit) when a convention moves from one status to another, by a user
 * or by the daily job (en vigueur, échue).
 *
 * @param auteur display name of who did it ("Atelier CTG" for the daily job)
 * @param motif why, as typed (may be empty)
 */
public record ConventionChangeeDeStatut(long cafId, long conventionId, String titre, StatutConvention ancien,
		StatutConvention nouveau, String auteur, String motif, Instant le) {
}
