package fr.atelierctg.annexe;

import fr.atelierctg.convention.ConventionLue;

/**
 * An annex of the model whose substance is structured data (tables, sections, fiches)
 * rather than the model's text alone. Each one is a Spring bean of its sub-package; the
 * document module appends {@link #html} after the model's text of the annex with the same
 * {@link #cle}, in the preview and in the PDF, and the AO checks ask {@link #renseignee}
 * whether the convention can stand in for a schéma pluriannuel.
 */
public interface AnnexeStructuree {

	/** The key of the model's annex: "diagnostic", "equipements", "plan-actions"… */
	String cle();

	/**
	 * The annex's content as HTML ready to insert: every user value escaped, rich texts
	 * already sanitized. Tables have a {@code <thead>} (repeated on each PDF page); a
	 * wide table carries {@code class="large"} and is laid out on a landscape page.
	 */
	String html(ConventionLue convention);

	/**
	 * Whether {@link #html} already says what the model's text of the annex says (its
	 * section titles, for the diagnostic), which is then not printed.
	 */
	default boolean remplaceLeTexteDuModele() {
		return false;
	}

	/** Whether the annex holds something more than the model's text. */
	boolean renseignee(ConventionLue convention);

	/**
	 * Whether the annex holds follow-up and evaluation indicators (the action plan's
	 * "indicateurs d'évaluation").
	 */
	default boolean porteDesIndicateursDeSuivi(ConventionLue convention) {
		return false;
	}

}
