package fr.atelierctg.referentiel;

import java.util.List;

/**
 * An EPCI (établissement public de coopération intercommunale à fiscalité propre).
 *
 * @param siren the EPCI's SIREN, its code in the referential
 * @param nom "CA Val de Garonne Agglomération"
 * @param type CA, CC, CU, METRO or MET69 (Métropole de Lyon)
 * @param population the total population of its member communes
 * @param typeLiaison the {@link fr.atelierctg.common.francais.Liaison} code, guessed from
 * the name
 * @param membres INSEE codes of the member communes, in code order (their names, in
 * alphabetical order: {@link ReferentielApi#membres(String)})
 */
public record EpciRef(String siren, String nom, String type, int population, int typeLiaison, List<String> membres) {

	public EpciRef {
		membres = List.copyOf(membres);
	}

}
