package fr.atelierctg.convention;

import java.util.List;

/**
 * A check that a module runs on a whole convention (the AO competence table's legal
 * rules…); the convention page lists what every such bean finds, each finding linking to
 * the place to fix it.
 */
public interface VerificationConvention {

	List<Signalement> verifier(ConventionLue convention);

	/**
	 * @param bloquant an error rather than a warning
	 * @param message a French sentence
	 * @param lien the page (and anchor) where it is fixed, relative to the application
	 */
	record Signalement(boolean bloquant, String message, String lien) {
	}

}
