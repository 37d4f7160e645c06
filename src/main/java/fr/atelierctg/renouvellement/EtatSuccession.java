package fr.atelierctg.renouvellement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.convention.ConventionResume;

/**
 * The renewal links of a convention, for its page.
 *
 * @param predecesseur the convention it renews, if any
 * @param successeur the convention that renews it, if any
 * @param proposable the current user may start its renewal now
 * @param ouverture when the renewal opens (the first day of its last year), null if it is
 * not signed
 */
public record EtatSuccession(@Nullable ConventionResume predecesseur, @Nullable ConventionResume successeur,
		boolean proposable, @Nullable LocalDate ouverture) {
}
