package fr.atelierctg.modele;

/** For a text a new national edition changed: which wording the Caf's variant keeps. */
public enum Choix {

	ADOPTER_NATIONAL("Adopter la rédaction nationale"), GARDER_CAF("Garder la rédaction de la Caf");

	private final String libelle;

	Choix(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

}
