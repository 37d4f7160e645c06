package fr.atelierctg.commentaire;

/** Who reads a thread: everybody who reaches the convention, or the Caf's staff only. */
public enum Visibilite {

	PARTAGE("Partagé avec les collectivités"), INTERNE("Interne à la Caf");

	private final String libelle;

	Visibilite(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

}
