package fr.atelierctg.referentiel;

/**
 * The communes of a département and their population (see
 * {@link ReferentielApi#populationDuDepartement(String)}).
 *
 * @param communes number of communes of the referential in the département
 * @param population sum of the communes' population totale
 */
public record PopulationDepartement(String code, int communes, long population) {
}
