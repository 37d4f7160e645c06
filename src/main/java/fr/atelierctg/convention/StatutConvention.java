package fr.atelierctg.convention;

public enum StatutConvention {

	BROUILLON("Brouillon");

	private final String libelle;

	StatutConvention(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

}
