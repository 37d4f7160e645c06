package fr.atelierctg.convention;

import java.time.LocalDate;
import java.time.ZoneId;

import fr.atelierctg.common.erreurs.DonneesInvalides;

/**
 * What any signature (of a convention or of an avenant) must say: a date that is not in
 * the future, and a place. Refusals are French messages on the form's fields.
 */
public final class SaisieSignature {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private SaisieSignature() {
	}

	public static void verifierDate(LocalDate date) {
		if (date == null) {
			throw DonneesInvalides.sur("date", "Indiquez la date de la signature.");
		}
		if (date.isAfter(LocalDate.now(PARIS))) {
			throw DonneesInvalides.sur("date", "Une signature ne peut pas être datée dans le futur.");
		}
	}

	/** The place, trimmed. */
	public static String lieu(String lieu) {
		String lieuSigne = (lieu == null) ? "" : lieu.strip();
		if (lieuSigne.isEmpty() || lieuSigne.length() > 100) {
			throw DonneesInvalides.sur("lieu", "Indiquez le lieu de la signature (100 caractères au plus).");
		}
		return lieuSigne;
	}

}
