package fr.atelierctg.renouvellement;

/** What the renewal does with a fiche action of the convention it renews. */
public enum ChoixFiche {

	RECONDUIRE("Reconduire", "copiée telle quelle"), CLORE("Clore", "close avec la convention précédente"),
	REECRIRE("Réécrire", "copiée, marquée « à réécrire »");

	private final String libelle;

	private final String effet;

	ChoixFiche(String libelle, String effet) {
		this.libelle = libelle;
		this.effet = effet;
	}

	public String libelle() {
		return this.libelle;
	}

	public String effet() {
		return this.effet;
	}

}
