package fr.atelierctg.annexe.competences;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A commune row as typed: an optional population with its source and year (empty
 * population: the referential's is used), and how the commune exercises each competence.
 * Checked by the service, every broken rule reported next to its field.
 *
 * @param population population totale replacing the referential's, in inhabitants
 * @param source where it comes from ("INSEE, recensement complémentaire 2025"), required
 * with a population
 * @param annee its year, required with a population
 * @param recenser 1° recenser les besoins
 * @param informer 2° informer et accompagner les familles
 * @param planifier 3° planifier le développement des modes d'accueil
 * @param soutenir 4° soutenir la qualité des modes d'accueil
 * @param version the version of the row the user edited (optional)
 */
public record LigneCommande(@Nullable Integer population, @Nullable String source, @Nullable Integer annee,
		@Nullable Exercice recenser, @Nullable Exercice informer, @Nullable Exercice planifier,
		@Nullable Exercice soutenir, @Nullable Long version) {

	/** The name of the field of a competence in forms, JSON and error lists. */
	public static String champ(Competence competence) {
		return switch (competence) {
			case RECENSER_BESOINS -> "recenser";
			case INFORMER_ACCOMPAGNER -> "informer";
			case PLANIFIER -> "planifier";
			case SOUTENIR_QUALITE -> "soutenir";
		};
	}

	public @Nullable Exercice exercice(Competence competence) {
		return switch (competence) {
			case RECENSER_BESOINS -> this.recenser;
			case INFORMER_ACCOMPAGNER -> this.informer;
			case PLANIFIER -> this.planifier;
			case SOUTENIR_QUALITE -> this.soutenir;
		};
	}

	Map<Competence, Exercice> exercices() {
		Map<Competence, Exercice> exercices = new EnumMap<>(Competence.class);
		for (Competence competence : Competence.values()) {
			Exercice exercice = exercice(competence);
			if (exercice != null) {
				exercices.put(competence, exercice);
			}
		}
		return exercices;
	}

}
