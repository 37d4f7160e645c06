package fr.atelierctg.referentiel;

import org.jspecify.annotations.Nullable;

/**
 * A commune of the national referential.
 *
 * @param codeInsee "47157", "2A004"
 * @param siren absent for a few communes of the extract
 * @param typeLiaison the {@link fr.atelierctg.common.francais.Liaison} code of the name
 * @param population the INSEE "population totale", absent for a few communes
 * @param codesPostaux space-separated ("01190 01380")
 */
public record CommuneRef(String codeInsee, @Nullable String siren, String nom, int typeLiaison, String codeDepartement,
		@Nullable Integer population, @Nullable String codesPostaux) {
}
