package fr.atelierctg.convention;

/**
 * The other partners the model knows, each with its own article "Les champs
 * d'intervention de …".
 */
public enum CategoriePartenaire {

	ETAT("État (Préfecture)", "l'État", "Préfet"),
	EDUCATION_NATIONALE("Éducation nationale", "l'Éducation nationale",
			"Directeur académique des services de l'Éducation nationale"),
	DEPARTEMENT("Conseil départemental", "le Département", "Président du Conseil départemental"),
	MSA("MSA", "la MSA", "Président"), CPAM("CPAM", "la CPAM", "Directeur"),
	FRANCE_TRAVAIL("France Travail", "France Travail", "Directeur territorial"), AUTRE("Autre partenaire", "", "");

	private final String libelle;

	private final String nomParDefaut;

	private final String qualiteParDefaut;

	CategoriePartenaire(String libelle, String nomParDefaut, String qualiteParDefaut) {
		this.libelle = libelle;
		this.nomParDefaut = nomParDefaut;
		this.qualiteParDefaut = qualiteParDefaut;
	}

	public String libelle() {
		return this.libelle;
	}

	/** With its article: "l'État", "le Département". */
	public String nomParDefaut() {
		return this.nomParDefaut;
	}

	public String qualiteParDefaut() {
		return this.qualiteParDefaut;
	}

}
