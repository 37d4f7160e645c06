package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * An investment project of a projection table.
 *
 * @param cout indicative cost in euros
 * @param anneeCible the year the project should open or be done
 * @param ingenierie the engineering and human means the project needs, when
 * {@code ingenierieNecessaire}
 */
record Projet(TypeProjet type, String description, @Nullable BigDecimal cout, @Nullable Integer anneeCible,
		boolean ingenierieNecessaire, String ingenierie) {
}
