package fr.atelierctg.historique;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import org.jspecify.annotations.Nullable;

/** What the reader keeps of the history: a kind of element, a person, a date range. */
record FiltreHistorique(@Nullable Element element, @Nullable String personne, @Nullable LocalDate du,
		@Nullable LocalDate au) {

	static final FiltreHistorique AUCUN = new FiltreHistorique(null, null, null, null);

	/** Reads the filter as typed; a faulty field is a French message on that field. */
	static FiltreHistorique lire(@Nullable String element, @Nullable String personne, @Nullable String du,
			@Nullable String au) {
		Map<String, String> erreurs = new LinkedHashMap<>();
		Element lElement = null;
		if (rempli(element)) {
			lElement = Element.depuis(element).orElse(null);
			if (lElement == null) {
				erreurs.put("element", "Choisissez un élément de la liste.");
			}
		}
		LocalDate leDu = date(du, "du", erreurs);
		LocalDate leAu = date(au, "au", erreurs);
		if (leDu != null && leAu != null && leAu.isBefore(leDu)) {
			erreurs.put("au", "La date de fin doit suivre la date de début.");
		}
		if (!erreurs.isEmpty()) {
			throw new DonneesInvalides(erreurs);
		}
		return new FiltreHistorique(lElement, rempli(personne) ? personne.strip() : null, leDu, leAu);
	}

	private static @Nullable LocalDate date(@Nullable String texte, String champ, Map<String, String> erreurs) {
		if (!rempli(texte)) {
			return null;
		}
		try {
			return LocalDate.parse(texte.strip());
		}
		catch (DateTimeParseException ex) {
			erreurs.put(champ, "Indiquez une date au format jj/mm/aaaa.");
			return null;
		}
	}

	private static boolean rempli(@Nullable String texte) {
		return texte != null && !texte.isBlank();
	}

}
