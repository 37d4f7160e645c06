package fr.atelierctg.annexe.plan;

import java.util.function.Function;

/**
 * The rubrics of a fiche action, in the order and with the wording of the model's
 * "exemple de présentation". All are rich text but the échéances, a plain text.
 */
public enum Rubrique {

	DIAGNOSTIC_INITIAL("diagnosticInitial", "Diagnostic initial", "Extrait ou résumé du diagnostic global.",
			Fiche::diagnosticInitial),
	PUBLIC_CIBLE("publicCible", "Public cible", null, Fiche::publicCible),
	OBJECTIFS_OPERATIONNELS("objectifsOperationnels", "Objectifs opérationnels", null, Fiche::objectifsOperationnels),
	MODALITES("modalitesMiseEnOeuvre", "Modalités de mise en œuvre", null, Fiche::modalitesMiseEnOeuvre),
	ECHEANCES("echeances", "Échéances de réalisation",
			"Dates ou périodes, une par ligne (par exemple « 2026 : étude »).", Fiche::echeances),
	SERVICES("servicesMobilises", "Services mobilisés et responsables de l'action", null, Fiche::servicesMobilises),
	RESULTATS("resultatsAttendus", "Résultats attendus", null, Fiche::resultatsAttendus),
	PARTENAIRES("partenairesSollicites", "Partenaires sollicités", null, Fiche::partenairesSollicites),
	INDICATEURS("indicateursEvaluation", "Indicateurs d'évaluation",
			"Ils servent au suivi de la convention et à ses bilans.", Fiche::indicateursEvaluation),
	SPECIFICITES_AO("specificitesAo", "Spécificités par autorité organisatrice signataire",
			"Ce que chaque commune ou groupement autorité organisatrice de l'accueil du jeune enfant fait de particulier.",
			Fiche::specificitesAo);

	private final String champ;

	private final String libelle;

	private final String aide;

	private final Function<Fiche, String> valeur;

	Rubrique(String champ, String libelle, String aide, Function<Fiche, String> valeur) {
		this.champ = champ;
		this.libelle = libelle;
		this.aide = aide;
		this.valeur = valeur;
	}

	/** The name of the field in forms and JSON. */
	public String champ() {
		return this.champ;
	}

	public String libelle() {
		return this.libelle;
	}

	/** A hint shown under the field, or null. */
	public String aide() {
		return this.aide;
	}

	/** Whether the rubric is rich text (HTML, sanitized) rather than plain text. */
	public boolean riche() {
		return this != ECHEANCES;
	}

	public String de(Fiche fiche) {
		return this.valeur.apply(fiche);
	}

}
