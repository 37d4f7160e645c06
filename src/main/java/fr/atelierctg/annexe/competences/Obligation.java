package fr.atelierctg.annexe.competences;

/** What the law asks of an AO for one competence, given its population. */
public enum Obligation {

	OBLIGATOIRE("obligatoire"),

	/** 3° and 4° at or below 3 500 inhabitants: "à titre facultatif". */
	FACULTATIVE("facultative");

	private final String libelle;

	Obligation(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

}
