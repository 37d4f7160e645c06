package fr.atelierctg.annexe.competences;

import org.jspecify.annotations.Nullable;

/**
 * One finding on a row of the table.
 *
 * @param code stable identifier for the interface and the tests, e.g.
 * {@code AO-OBLIGATOIRE-MANQUANTE}
 * @param message a French sentence naming the collectivité, the competence, the
 * population and the article of law
 * @param competence the competence concerned, none for a finding on the row itself
 */
public record Constat(Gravite gravite, String code, String message, @Nullable Competence competence) {

	public static final String OBLIGATOIRE_MANQUANTE = "AO-OBLIGATOIRE-MANQUANTE";

	public static final String FACULTATIF_INTERDIT = "AO-FACULTATIF-INTERDIT";

	public static final String SCHEMA_PLURIANNUEL_REQUIS = "AO-SCHEMA-PLURIANNUEL-REQUIS";

	public static final String RPE_REQUIS = "AO-RPE-REQUIS";

	public static final String POPULATION_SANS_SOURCE = "AO-POPULATION-SANS-SOURCE";

	public static final String EPCI_NON_RENSEIGNE = "AO-EPCI-NON-RENSEIGNE";

	public static final String EPCI_ABSENT = "AO-EPCI-ABSENT";

	public static final String GROUPEMENT_SANS_TRANSFERT = "AO-GROUPEMENT-SANS-TRANSFERT";

	public boolean estBloquant() {
		return this.gravite == Gravite.ERREUR;
	}

}
