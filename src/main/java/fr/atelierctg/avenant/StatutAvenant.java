package fr.atelierctg.avenant;

/** Where an avenant stands. From {@link #VALIDE} on, its content no longer changes. */
public enum StatutAvenant {

	BROUILLON("Brouillon"), VALIDE("Validé"), EN_SIGNATURE("En signature"), SIGNE("Signé"), ABANDONNE("Abandonné");

	private final String libelle;

	StatutAvenant(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

	public boolean modifiable() {
		return this == BROUILLON;
	}

	/** Not yet signed nor abandoned: the one avenant a convention may have under way. */
	public boolean enCours() {
		return this == BROUILLON || this == VALIDE || this == EN_SIGNATURE;
	}

}
