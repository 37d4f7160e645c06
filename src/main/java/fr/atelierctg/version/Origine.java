package fr.atelierctg.version;

/** Why a version was taken. */
public enum Origine {

	/** At a change of status, by the application. */
	TRANSITION("Changement de statut"),

	/** Asked for by a user ("Enregistrer une version"). */
	DEMANDE("Enregistrée à la demande");

	private final String libelle;

	Origine(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

}
