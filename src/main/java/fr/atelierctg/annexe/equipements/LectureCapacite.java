package fr.atelierctg.annexe.equipements;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the capacity column in the unit of the row's type. Places: a whole number. ETP: a
 * decimal with a comma or a dot and at most two decimals ("1,7" is 1.70). Spaces
 * (thousands) and the unit itself after the number ("24 places", "1,5 ETP") are
 * tolerated; anything else ("1.7% ETP", "abc", "-2") is refused with what was expected.
 */
final class LectureCapacite {

	static final int PLACES_MAX = 10_000;

	static final BigDecimal ETP_MAX = new BigDecimal("100");

	private static final Pattern ESPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

	private static final Pattern PLACES = Pattern.compile("(\\d{1,6})(?:places?)?", Pattern.CASE_INSENSITIVE);

	private static final Pattern ETP = Pattern.compile("(\\d{1,4})(?:[.,](\\d{1,2}))?(?:etp)?",
			Pattern.CASE_INSENSITIVE);

	private LectureCapacite() {
	}

	/** The value read, or the French reason it was refused. */
	record Lue(@Nullable BigDecimal valeur, @Nullable String erreur) {

	}

	/**
	 * @return empty when the column is empty and the type has no capacity; otherwise the
	 * value or the error
	 */
	static Optional<Lue> lire(TypeEquipement type, String saisie) {
		String compacte = ESPACES.matcher(saisie).replaceAll("");
		Capacite unite = type.capacite();
		if (compacte.isEmpty()) {
			return (unite == Capacite.AUCUNE) ? Optional.empty()
					: Optional.of(erreur("capacité manquante pour " + type.designation() + " : " + unite.attendu()));
		}
		if (unite == Capacite.AUCUNE) {
			return Optional.of(erreur("capacité « " + saisie + " » inattendue : " + type.designation()
					+ " n'a pas de capacité, laissez la case vide"));
		}
		String invalide = "capacité « " + saisie + " » invalide pour " + type.designation() + " : ";
		if (unite == Capacite.PLACES) {
			Matcher places = PLACES.matcher(compacte);
			if (!places.matches()) {
				return Optional.of(erreur(invalide + unite.attendu()));
			}
			int nombre = Integer.parseInt(places.group(1));
			if (nombre > PLACES_MAX) {
				return Optional.of(erreur(invalide + "au plus " + PLACES_MAX + " places"));
			}
			return Optional.of(new Lue(BigDecimal.valueOf(nombre), null));
		}
		Matcher etp = ETP.matcher(compacte);
		if (!etp.matches()) {
			return Optional.of(erreur(invalide + unite.attendu()
					+ ((compacte.matches("\\d+[.,]\\d{3,}(?i:etp)?")) ? " (au plus deux décimales)" : "")));
		}
		String decimales = (etp.group(2) != null) ? etp.group(2) : "0";
		BigDecimal nombre = new BigDecimal(etp.group(1) + "." + decimales).setScale(2);
		if (nombre.compareTo(ETP_MAX) > 0) {
			return Optional.of(erreur(invalide + "au plus " + ETP_MAX + " ETP"));
		}
		return Optional.of(new Lue(nombre, null));
	}

	private static Lue erreur(String message) {
		return new Lue(null, message);
	}

}
