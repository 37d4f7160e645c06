package fr.atelierctg.convention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.atelierctg.common.francais.Civilite;

public record RepresentantCommande(@NotNull(message = "Choisissez Madame ou Monsieur.") Civilite civilite,
		@NotBlank(message = "Indiquez le prénom.") @Size(max = 80, message = "80 caractères au plus.") String prenom,
		@NotBlank(message = "Indiquez le nom.") @Size(max = 80, message = "80 caractères au plus.") String nom,
		@NotBlank(message = "Indiquez la qualité (maire, président…).") @Size(max = 120,
				message = "120 caractères au plus.") String qualite) {

	Representant representant() {
		return new Representant(this.civilite, this.prenom.strip(), this.nom.strip(), this.qualite.strip());
	}

	static Representant ou(RepresentantCommande commande) {
		return (commande == null) ? null : commande.representant();
	}

}
