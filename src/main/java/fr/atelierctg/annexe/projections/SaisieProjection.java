package fr.atelierctg.annexe.projections;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A projection table as typed in the page or sent to the API, not yet checked: numbers
 * are text, read the French way ("1,5").
 *
 * @param version the version the user edited, to refuse a save over someone else's
 * (optional in the API)
 * @param valeurs by row ({@code EAJE_PSU}, {@code MICRO_CRECHE_PAJE}, {@code MAM},
 * {@code ASSISTANTS_MATERNELS}, {@code RPE}, {@code PASSERELLES}), then by column
 * ({@code actuel} or a year of the period); an empty or absent cell holds no value
 */
public record SaisieProjection(@Nullable Long version, @Nullable Map<String, Map<String, String>> valeurs,
		@Nullable String etpVacants, @Nullable String etpACreer, @Nullable String competences,
		@Nullable String autresBesoins, @Nullable List<Projet> projets) {

	/**
	 * An investment project as typed.
	 *
	 * @param type {@code CREATION_EAJE}, {@code EXTENSION}, {@code MICRO_CRECHE},
	 * {@code MAM}, {@code RPE} or {@code AUTRE}
	 * @param cout indicative cost in euros ("250 000", "1 200,50")
	 * @param anneeCible a year from the start of the convention on
	 * @param ingenierie the engineering and human means needed, required when
	 * {@code ingenierieNecessaire}
	 */
	public record Projet(@Nullable String type, @Nullable String description, @Nullable String cout,
			@Nullable String anneeCible, @Nullable Boolean ingenierieNecessaire, @Nullable String ingenierie) {

		boolean vide() {
			return blanc(this.type) && blanc(this.description) && blanc(this.cout) && blanc(this.anneeCible)
					&& !Boolean.TRUE.equals(this.ingenierieNecessaire) && blanc(this.ingenierie);
		}

	}

	static boolean blanc(@Nullable String texte) {
		return texte == null || texte.isBlank();
	}

}
