package fr.atelierctg.convention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The creation form: the convention and the Caf's two representatives. */
record NouvelleConventionForm(@Valid @NotNull ConventionCommande convention,
		@Valid @NotNull(
				message = "Indiquez le ou la président·e du conseil d'administration.") RepresentantCommande president,
		@Valid @NotNull(message = "Indiquez le directeur ou la directrice.") RepresentantCommande directeur) {
}
