package fr.atelierctg.common.francais;

/** Civilité of a representative: drives every gender agreement of the text. */
public enum Civilite {

	MADAME("Madame", "Mme"), MONSIEUR("Monsieur", "M.");

	private final String longue;

	private final String abregee;

	Civilite(String longue, String abregee) {
		this.longue = longue;
		this.abregee = abregee;
	}

	public String longue() {
		return this.longue;
	}

	public String abregee() {
		return this.abregee;
	}

	public boolean feminin() {
		return this == MADAME;
	}

	/** "autorisé" / "autorisée": agrees a regular past participle or adjective. */
	public String accorder(String masculin) {
		return feminin() ? masculin + "e" : masculin;
	}

}
