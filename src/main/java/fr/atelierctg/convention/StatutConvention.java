package fr.atelierctg.convention;

/**
 * Where a convention stands in its life. From {@link #VALIDEE} on, its text and annexes
 * are frozen: a change after signature goes through an avenant.
 */
public enum StatutConvention {

	BROUILLON("Brouillon"), CONCERTATION("En concertation"), RELECTURE("En relecture"), VALIDEE("Validée"),
	EN_SIGNATURE("En signature"), SIGNEE("Signée"), EN_VIGUEUR("En vigueur"), ECHUE("Échue"), RESILIEE("Résiliée");

	private final String libelle;

	StatutConvention(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

	/** Text, signatories and annexes can no longer change (except through an avenant). */
	public boolean fige() {
		return ordinal() >= VALIDEE.ordinal();
	}

	/** Still being written: contributions and edits are welcome. */
	public boolean enRedaction() {
		return !fige();
	}

	/** Signed by every party (signée, en vigueur, échue or résiliée). */
	public boolean signee() {
		return ordinal() >= SIGNEE.ordinal();
	}

}
