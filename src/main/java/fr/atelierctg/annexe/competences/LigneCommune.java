package fr.atelierctg.annexe.competences;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import fr.atelierctg.common.francais.Liaison;
import org.jspecify.annotations.Nullable;

/**
 * A commune's row of the table.
 *
 * @param population from the referential (INSEE population totale)
 * @param populationSaisie a figure typed on the row, with its own source; it wins over
 * the referential one, which is kept for display
 * @param exercices one mode per competence; a competence left out is
 * {@link Exercice#NON_EXERCEE}
 * @param aUnRpe the equipment list (annex 2) holds a relais petite enfance of the commune
 * @param sirenEpci the EPCI or syndicat it belongs to, needed when it transfers a
 * competence
 */
public record LigneCommune(String codeInsee, String nom, Population population, @Nullable Population populationSaisie,
		Map<Competence, Exercice> exercices, boolean aUnRpe, @Nullable String sirenEpci) {

	public LigneCommune {
		Objects.requireNonNull(codeInsee, "codeInsee");
		Objects.requireNonNull(nom, "nom");
		Objects.requireNonNull(population, "population");
		EnumMap<Competence, Exercice> complets = new EnumMap<>(Competence.class);
		for (Competence competence : Competence.values()) {
			complets.put(competence, exercices.getOrDefault(competence, Exercice.NON_EXERCEE));
		}
		exercices = Map.copyOf(complets);
	}

	/** A row without typed population. */
	public LigneCommune(String codeInsee, String nom, Population population, Map<Competence, Exercice> exercices,
			boolean aUnRpe, @Nullable String sirenEpci) {
		this(codeInsee, nom, population, null, exercices, aUnRpe, sirenEpci);
	}

	/** The figure the thresholds use: the typed one if any, else the referential one. */
	public Population populationRetenue() {
		return (this.populationSaisie != null) ? this.populationSaisie : this.population;
	}

	public Exercice exercice(Competence competence) {
		return this.exercices.get(competence);
	}

	public boolean transfere(Competence competence) {
		return exercice(competence) == Exercice.TRANSFEREE_A_L_EPCI;
	}

	public boolean transfereAuMoinsUneCompetence() {
		return this.exercices.containsValue(Exercice.TRANSFEREE_A_L_EPCI);
	}

	/** "La commune d'Agmé". */
	String designation() {
		return "La commune " + Liaison.deviner(this.nom).de(this.nom);
	}

}
