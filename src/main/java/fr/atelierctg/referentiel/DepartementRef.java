package fr.atelierctg.referentiel;

/**
 * A département of the national referential.
 *
 * @param code "47", "2A", "971"
 * @param typeLiaison the {@link fr.atelierctg.common.francais.Liaison} code of the name
 */
public record DepartementRef(String code, String nom, int typeLiaison) {
}
