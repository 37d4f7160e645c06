package fr.atelierctg.convention;

/**
 * The three options of the model for the presidency of the comité de pilotage (article
 * 6).
 */
public enum PresidenceCopil {

	ALTERNEE, COPILOTAGE, CAF

}
