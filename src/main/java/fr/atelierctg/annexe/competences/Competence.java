package fr.atelierctg.annexe.competences;

import java.util.Locale;

/**
 * The four competences of an autorité organisatrice de l'accueil du jeune enfant, in the
 * order of I of art. L. 214-1-3 CASF, with the wording of the CNAF 2026 model.
 */
public enum Competence {

	RECENSER_BESOINS(1,
			"Recenser les besoins des enfants âgés de moins de trois ans et de leurs familles ainsi que les modes d'accueil disponibles"),

	INFORMER_ACCOMPAGNER(2,
			"Informer et accompagner les familles ayant un ou plusieurs enfants âgés de moins de trois ans ainsi que les futurs parents"),

	PLANIFIER(3, "Planifier le développement des modes d'accueil du jeune enfant"),

	SOUTENIR_QUALITE(4, "Soutenir la qualité des modes d'accueil");

	private final int numero;

	private final String libelle;

	Competence(int numero, String libelle) {
		this.numero = numero;
		this.libelle = libelle;
	}

	/** 1 to 4, as numbered in I of art. L. 214-1-3 CASF. */
	public int numero() {
		return this.numero;
	}

	/** "Planifier le développement des modes d'accueil du jeune enfant". */
	public String libelle() {
		return this.libelle;
	}

	/**
	 * "la compétence 3° « planifier le développement des modes d'accueil du jeune enfant
	 * »".
	 */
	public String designation() {
		return "la compétence " + this.numero + "° « " + this.libelle.substring(0, 1).toLowerCase(Locale.FRENCH)
				+ this.libelle.substring(1) + " »";
	}

	/** 1° and 2°: mandatory for every commune (II of art. L. 214-1-3 CASF). */
	public boolean obligatoirePourToutes() {
		return this == RECENSER_BESOINS || this == INFORMER_ACCOMPAGNER;
	}

	/** 2° and 4°: through a relais petite enfance above 10 000 inhabitants. */
	public boolean exigeUnRelaisPetiteEnfance() {
		return this == INFORMER_ACCOMPAGNER || this == SOUTENIR_QUALITE;
	}

}
