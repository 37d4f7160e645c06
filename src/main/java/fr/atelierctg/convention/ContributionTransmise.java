package fr.atelierctg.convention;

/**
 * Published (after commit) when a chargé(e) de coopération tells the Caf that their
 * collectivité's part of a convention in concertation is ready.
 */
public record ContributionTransmise(long cafId, long conventionId, String titre, long signataireId, String collectivite,
		String auteur, String message) {
}
