package fr.atelierctg.referentiel.web;

/**
 * A query parameter missing or unusable; answered 400 by {@link ProblemesReferentiel}.
 */
class ParametreInvalide extends RuntimeException {

	private final String parametre;

	private ParametreInvalide(String parametre, String detail) {
		super(detail);
		this.parametre = parametre;
	}

	static ParametreInvalide rechercheVide() {
		return new ParametreInvalide("q",
				"Le paramètre « q » est obligatoire : saisissez un nom, un code INSEE, un code postal ou un SIREN.");
	}

	static ParametreInvalide typeDeSuggestion() {
		return new ParametreInvalide("type", "Le paramètre « type » doit valoir « commune » ou « epci ».");
	}

	static ParametreInvalide mauvaisFormat(String parametre) {
		return new ParametreInvalide(parametre, "Le paramètre « " + parametre + " » n'a pas le format attendu.");
	}

	String parametre() {
		return this.parametre;
	}

}
