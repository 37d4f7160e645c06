package fr.atelierctg.convention;

/**
 * Who a signatory is, as opposed to who represents it.
 *
 * @param categorie for {@link TypeSignataire#AUTRE} partners only
 * @param nom as printed: "Agmé", "CA Val de Garonne Agglomération", "Conseil
 * départemental de Lot-et-Garonne"
 * @param typeLiaison INSEE type of name (article and elision), see
 * {@link fr.atelierctg.common.francais.Liaison}
 * @param typeEpci CA, CC, CU, METRO for an EPCI
 */
public record IdentiteSignataire(TypeSignataire type, CategoriePartenaire categorie, String codeInsee, String siren,
		String nom, int typeLiaison, String typeEpci, Integer population) {
}
