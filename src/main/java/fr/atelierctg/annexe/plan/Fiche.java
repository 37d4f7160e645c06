package fr.atelierctg.annexe.plan;

/**
 * The rubrics of a fiche action as stored: rich texts already sanitized, the échéances as
 * plain text; an empty rubric is "".
 */
public record Fiche(String diagnosticInitial, String publicCible, String objectifsOperationnels,
		String modalitesMiseEnOeuvre, String echeances, String servicesMobilises, String resultatsAttendus,
		String partenairesSollicites, String indicateursEvaluation, String specificitesAo) {

	public static final Fiche VIDE = new Fiche("", "", "", "", "", "", "", "", "", "");

	public String valeur(Rubrique rubrique) {
		return rubrique.de(this);
	}

	/**
	 * Whether the rubric holds some text: not only empty paragraphs, nor the no-break
	 * spaces an editor leaves in them.
	 */
	public boolean renseignee(Rubrique rubrique) {
		String valeur = valeur(rubrique);
		String texte = rubrique.riche() ? fr.atelierctg.common.texte.TexteRiche.texte(valeur) : valeur;
		return !texte.replace('\u00a0', ' ').replace('\u202f', ' ').isBlank();
	}

}
