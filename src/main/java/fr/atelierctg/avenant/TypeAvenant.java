package fr.atelierctg.avenant;

/** Any modification, or the common one-year prolongation (which moves the end). */
public enum TypeAvenant {

	MODIFICATION("Modification"), PROLONGATION("Prolongation");

	private final String libelle;

	TypeAvenant(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

}
