package fr.atelierctg.annexe.pilotage;

/** How often a comité meets. {@link #AUTRE} needs a précision typed by the user. */
public enum Frequence {

	ANNUELLE("Annuelle (une fois par an)", "une fois par an"),
	SEMESTRIELLE("Semestrielle (deux fois par an)", "deux fois par an"),
	TRIMESTRIELLE("Trimestrielle (quatre fois par an)", "quatre fois par an"), AUTRE("Autre (à préciser)", "");

	private final String libelle;

	private final String texte;

	Frequence(String libelle, String texte) {
		this.libelle = libelle;
		this.texte = texte;
	}

	/** As offered in the form: "Semestrielle (deux fois par an)". */
	public String libelle() {
		return this.libelle;
	}

	/** As printed: "deux fois par an", or the précision for {@link #AUTRE}. */
	public String texte(String precision) {
		return (this == AUTRE) ? precision.strip() : this.texte;
	}

}
