package fr.atelierctg.convention;

import fr.atelierctg.common.francais.Civilite;

/**
 * The person who signs for a body.
 *
 * @param qualite as written after "représenté(e) par son/sa", e.g. "maire", "présidente",
 * "1ère adjointe"
 */
public record Representant(Civilite civilite, String prenom, String nom, String qualite) {

	public String nomComplet() {
		return (this.prenom == null || this.prenom.isBlank()) ? this.nom : this.prenom + " " + this.nom;
	}

}
