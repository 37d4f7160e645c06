package fr.atelierctg.tableaudebord;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionAvecSignataires;
import fr.atelierctg.convention.ConventionResume;
import fr.atelierctg.convention.IdentiteSignataire;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.referentiel.NomRecherche;
import org.jspecify.annotations.Nullable;

/**
 * What a user looks for among the Caf's conventions; every criterion given must hold.
 *
 * @param texte in the title, the territory, or the name of a signatory collectivité
 * (case, accents, hyphens and apostrophes aside), or its INSEE code or SIREN (from its
 * beginning)
 * @param annee the convention runs on at least one day of that year
 * @param finAvant the convention ends on that day or before
 */
record Recherche(@Nullable String texte, @Nullable StatutConvention statut, @Nullable Integer annee,
		@Nullable LocalDate finAvant) {

	/**
	 * Reads the parameters of the search form (or of the API), each may be blank.
	 * @throws DonneesInvalides with a French message per faulty field
	 */
	static Recherche lire(@Nullable String q, @Nullable String statut, @Nullable String annee,
			@Nullable String finAvant) {
		Map<String, String> erreurs = new LinkedHashMap<>();
		StatutConvention leStatut = null;
		if (rempli(statut)) {
			try {
				leStatut = StatutConvention.valueOf(statut.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				erreurs.put("statut", "Choisissez un statut de la liste.");
			}
		}
		Integer lAnnee = null;
		if (rempli(annee)) {
			try {
				lAnnee = Integer.valueOf(annee.strip());
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			if (lAnnee == null || lAnnee < 2000 || lAnnee > 2100) {
				erreurs.put("annee", "Indiquez une année en quatre chiffres, entre 2000 et 2100 (par exemple 2026).");
				lAnnee = null;
			}
		}
		LocalDate laFin = null;
		if (rempli(finAvant)) {
			try {
				laFin = LocalDate.parse(finAvant.strip());
			}
			catch (DateTimeParseException ex) {
				erreurs.put("finAvant", "Indiquez une date valide (jour, mois et année).");
			}
		}
		if (!erreurs.isEmpty()) {
			throw new DonneesInvalides(erreurs);
		}
		return new Recherche(rempli(q) ? q.strip() : null, leStatut, lAnnee, laFin);
	}

	boolean retient(ConventionAvecSignataires convention) {
		ConventionResume c = convention.convention();
		return (this.statut == null || c.statut() == this.statut)
				&& (this.annee == null
						|| (c.periode().debut().getYear() <= this.annee && c.periode().fin().getYear() >= this.annee))
				&& (this.finAvant == null || !c.periode().fin().isAfter(this.finAvant))
				&& (this.texte == null || contientLeTexte(convention));
	}

	private boolean contientLeTexte(ConventionAvecSignataires convention) {
		String cherche = NomRecherche.normaliser(this.texte);
		if (cherche.isEmpty()) {
			return true;
		}
		ConventionResume c = convention.convention();
		if (contient(c.titre(), cherche) || contient(c.territoire(), cherche)) {
			return true;
		}
		String code = this.texte.replace(" ", "");
		for (IdentiteSignataire signataire : convention.signataires()) {
			if (signataire.type().collectivite() && (contient(signataire.nom(), cherche)
					|| commencePar(signataire.codeInsee(), code) || commencePar(signataire.siren(), code))) {
				return true;
			}
		}
		return false;
	}

	private static boolean contient(@Nullable String texte, String cherche) {
		return texte != null && NomRecherche.normaliser(texte).contains(cherche);
	}

	private static boolean commencePar(@Nullable String code, String cherche) {
		return code != null && cherche.length() >= 2 && code.startsWith(cherche.toUpperCase(Locale.ROOT));
	}

	private static boolean rempli(@Nullable String valeur) {
		return valeur != null && !valeur.isBlank();
	}

}
