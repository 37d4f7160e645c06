package fr.atelierctg.convention;

/** The two ways a CTG ends early (model article "Fin de la convention"). */
public enum MotifResiliation {

	MISE_EN_DEMEURE("Manquement d'une partie, un mois après une mise en demeure restée sans effet", 1),
	ACCORD_MUTUEL("Accord des parties, avec un préavis de six mois", 6);

	private final String libelle;

	private final int preavisMois;

	MotifResiliation(String libelle, int preavisMois) {
		this.libelle = libelle;
		this.preavisMois = preavisMois;
	}

	public String libelle() {
		return this.libelle;
	}

	public int preavisMois() {
		return this.preavisMois;
	}

}
