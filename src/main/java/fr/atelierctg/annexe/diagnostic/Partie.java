package fr.atelierctg.annexe.diagnostic;

/** The three parts of the model's diagnostic, each holding one or several sections. */
public enum Partie {

	I("Présentation du territoire"), II("Données socio-démographiques sur le territoire"),
	III("Analyses par thématique");

	private final String titre;

	Partie(String titre) {
		this.titre = titre;
	}

	public String titre() {
		return this.titre;
	}

	/** "II. Données socio-démographiques sur le territoire". */
	public String intitule() {
		return name() + ". " + this.titre;
	}

}
