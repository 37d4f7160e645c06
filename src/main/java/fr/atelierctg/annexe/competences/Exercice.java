package fr.atelierctg.annexe.competences;

/** How a commune exercises one competence. */
public enum Exercice {

	EXERCEE_PAR_LA_COMMUNE("exercée par la commune"),

	/** Only for 3° and 4° at or below 3 500 inhabitants (II of art. L. 214-1-3 CASF). */
	EXERCEE_A_TITRE_FACULTATIF("exercée à titre facultatif"),

	/**
	 * To the EPCI or syndicat named on the commune's row (III of art. L. 214-1-3 CASF).
	 */
	TRANSFEREE_A_L_EPCI("transférée à l'EPCI"),

	NON_EXERCEE("non exercée");

	private final String libelle;

	Exercice(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

	/** By the commune itself, mandatorily or not. */
	public boolean parLaCommune() {
		return this == EXERCEE_PAR_LA_COMMUNE || this == EXERCEE_A_TITRE_FACULTATIF;
	}

}
