package fr.atelierctg.annexe.competences;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A commune row as typed in the page, every value a text: "12 345" is read as a
 * population, a value that is not a number is reported next to its field. Public for the
 * template only.
 */
public record LigneForm(@Nullable String population, @Nullable String source, @Nullable String annee,
		@Nullable String recenser, @Nullable String informer, @Nullable String planifier, @Nullable String soutenir,
		@Nullable String version) {

	static LigneForm de(LigneAo ligne) {
		Population saisie = ligne.populationSaisie();
		return new LigneForm((saisie == null) ? "" : String.valueOf(saisie.valeur()),
				(saisie == null) ? "" : saisie.source(), (saisie == null) ? "" : String.valueOf(saisie.annee()),
				nom(ligne.exercice(Competence.RECENSER_BESOINS)), nom(ligne.exercice(Competence.INFORMER_ACCOMPAGNER)),
				nom(ligne.exercice(Competence.PLANIFIER)), nom(ligne.exercice(Competence.SOUTENIR_QUALITE)),
				String.valueOf(ligne.version()));
	}

	/** The value of the select of a competence. */
	public String exercice(Competence competence) {
		String valeur = switch (competence) {
			case RECENSER_BESOINS -> this.recenser;
			case INFORMER_ACCOMPAGNER -> this.informer;
			case PLANIFIER -> this.planifier;
			case SOUTENIR_QUALITE -> this.soutenir;
		};
		return (valeur == null) ? "" : valeur;
	}

	/**
	 * @param erreurs receives a message per field that is not readable
	 */
	LigneCommande commande(Map<String, String> erreurs) {
		Integer population = null;
		String texte = sansEspaces(this.population);
		if (!texte.isEmpty()) {
			if (texte.matches("-?[0-9]{1,9}")) {
				population = Integer.valueOf(texte);
			}
			else {
				erreurs.put("population", "Indiquez un nombre entier d'habitants (par exemple 12 345).");
			}
		}
		Integer annee = null;
		String an = sansEspaces(this.annee);
		if (!an.isEmpty()) {
			if (an.matches("[0-9]{4}")) {
				annee = Integer.valueOf(an);
			}
			else {
				erreurs.put("annee", "Indiquez l'année sur quatre chiffres (par exemple 2025).");
			}
		}
		String v = sansEspaces(this.version);
		return new LigneCommande(population, this.source, annee, exercice(this.recenser), exercice(this.informer),
				exercice(this.planifier), exercice(this.soutenir), v.matches("[0-9]{1,18}") ? Long.valueOf(v) : null);
	}

	private static @Nullable Exercice exercice(@Nullable String valeur) {
		for (Exercice exercice : Exercice.values()) {
			if (exercice.name().equals(valeur)) {
				return exercice;
			}
		}
		return null;
	}

	private static String nom(@Nullable Exercice exercice) {
		return (exercice == null) ? "" : exercice.name();
	}

	private static String sansEspaces(@Nullable String texte) {
		return (texte == null) ? "" : texte.replaceAll("[\\s\\u202F\\u00A0]", "");
	}

}
