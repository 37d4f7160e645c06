package fr.atelierctg.convention;

/**
 * Published (after commit) when a party's signature is recorded.
 *
 * @param toutesRecueillies every party has now signed: the convention became "signée"
 */
public record SignatureEnregistree(long cafId, long conventionId, String titre, long signataireId, String signataire,
		boolean toutesRecueillies) {
}
