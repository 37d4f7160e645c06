package fr.atelierctg.convention;

/**
 * Published (after commit) when a party's signature is recorded.
 *
 * @param toutesRecueillies every party has now signed: the convention became "signée"
 * @param parLaCollectivite recorded by the collectivité's own chargé·e de coopération,
 * not by the Caf (which then learns it only from this event)
 */
public record SignatureEnregistree(long cafId, long conventionId, String titre, long signataireId, String signataire,
		boolean toutesRecueillies, boolean parLaCollectivite) {
}
