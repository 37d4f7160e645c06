package fr.atelierctg.referentiel.web;

import fr.atelierctg.common.francais.NombresFr;
import fr.atelierctg.referentiel.CommuneRef;
import fr.atelierctg.referentiel.EpciRef;
import org.jspecify.annotations.Nullable;

/**
 * One line of the suggestions list of a search-as-you-type field.
 *
 * @param type "commune" or "epci"
 * @param code the INSEE code of a commune, the SIREN of an EPCI
 * @param siren the SIREN (absent for a few communes)
 * @param detail "Commune · 47 · 17 849 hab.", "CA · 43 communes · 62 194 hab."
 */
record Suggestion(String type, String code, @Nullable String siren, String nom, String detail) {

	private static final String SEPARATEUR = " · ";

	static Suggestion de(CommuneRef commune) {
		String detail = "Commune" + SEPARATEUR + commune.codeDepartement();
		if (commune.population() != null) {
			detail += SEPARATEUR + habitants(commune.population());
		}
		return new Suggestion("commune", commune.codeInsee(), commune.siren(), commune.nom(), detail);
	}

	static Suggestion de(EpciRef epci) {
		int communes = epci.membres().size();
		String detail = sigle(epci.type()) + SEPARATEUR + NombresFr.entier(communes) + "\u00A0commune"
				+ ((communes > 1) ? "s" : "") + SEPARATEUR + habitants(epci.population());
		return new Suggestion("epci", epci.siren(), epci.siren(), epci.nom(), detail);
	}

	private static String habitants(long population) {
		return NombresFr.entier(population) + "\u00A0hab.";
	}

	private static String sigle(String type) {
		return switch (type) {
			case "METRO", "MET69" -> "Métropole";
			default -> type;
		};
	}

}
