package fr.atelierctg.annexe.competences;

public enum Gravite {

	/** Blocks the convention: the table contradicts the law or is incomplete. */
	ERREUR,

	/** To be looked at; the convention may go on. */
	AVERTISSEMENT

}
