package fr.atelierctg.annexe.competences;

/** What a row of the stored AO table stands for. */
public enum NatureLigne {

	/** A commune: signatory, or member of a signatory EPCI. */
	COMMUNE,

	/** A signatory EPCI, to which communes may transfer competences. */
	GROUPEMENT

}
