package fr.atelierctg.annexe.competences;

/** How the member communes of a groupement in the table transfer one competence to it. */
public enum Transfert {

	PAR_TOUTES("transférée par toutes les communes"),

	PAR_CERTAINES("transférée par certaines communes"),

	AUCUN("non transférée");

	private final String libelle;

	Transfert(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

}
