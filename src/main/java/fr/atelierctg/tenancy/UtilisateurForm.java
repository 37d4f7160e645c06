package fr.atelierctg.tenancy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param sirens for a chargé(e) de coopération: the SIREN of their collectivités,
 * separated by spaces or commas
 */
record UtilisateurForm(
		@NotBlank(message = "Indiquez un identifiant.") @Pattern(regexp = "^[a-z0-9._-]{3,60}$",
				message = "3 à 60 caractères : lettres minuscules, chiffres, point, tiret.") String identifiant,
		@NotBlank(message = "Indiquez le prénom.") @Size(max = 80) String prenom,
		@NotBlank(message = "Indiquez le nom.") @Size(max = 80) String nom,
		@Email(message = "Adresse électronique invalide.") @Size(max = 160) String email,
		@NotNull(message = "Choisissez un rôle.") Role role,
		@NotBlank(message = "Indiquez un mot de passe.") @Size(min = 12, max = 100,
				message = "Le mot de passe doit compter au moins 12 caractères.") String motDePasse,
		@Pattern(regexp = "^[0-9 ,;]*$", message = "Des SIREN de 9 chiffres, séparés par des espaces.") String sirens) {

	java.util.Set<String> listeSirens() {
		if (this.sirens == null || this.sirens.isBlank()) {
			return java.util.Set.of();
		}
		return java.util.Arrays.stream(this.sirens.split("[ ,;]+"))
			.filter((s) -> !s.isBlank())
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

}
