package fr.atelierctg.convention;

/**
 * The other partners the model knows, each with its own article "Les champs
 * d'intervention de …".
 */
public enum CategoriePartenaire {

	ETAT("État (Préfecture)", "l'État"), EDUCATION_NATIONALE("Éducation nationale", "l'Éducation nationale"),
	DEPARTEMENT("Conseil départemental", "le Département"), MSA("MSA", "la MSA"), CPAM("CPAM", "la CPAM"),
	FRANCE_TRAVAIL("France Travail", "France Travail"), AUTRE("Autre partenaire", "");

	private final String libelle;

	private final String nomParDefaut;

	CategoriePartenaire(String libelle, String nomParDefaut) {
		this.libelle = libelle;
		this.nomParDefaut = nomParDefaut;
	}

	public String libelle() {
		return this.libelle;
	}

	/** With its article: "l'État", "le Département". */
	public String nomParDefaut() {
		return this.nomParDefaut;
	}

}
