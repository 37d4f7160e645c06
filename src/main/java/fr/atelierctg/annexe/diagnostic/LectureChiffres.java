package fr.atelierctg.annexe.diagnostic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.erreurs.DonneesInvalides;

/**
 * Reads the key figures typed by a user, all or nothing: rows left blank are ignored; any
 * faulty row refuses the whole list, with a French message for each faulty field
 * ({@code chiffres[2].annee}). Values are typed the French way ("1 234,5"); negative
 * values are accepted, a diagnostic quotes evolutions and balances ("-0,3 %" a year).
 */
final class LectureChiffres {

	static final int CHIFFRES_AU_PLUS = 50;

	static final int PREMIERE_ANNEE = 1990;

	private static final int DECIMALES_AU_PLUS = 4;

	private static final BigDecimal TROP_GRAND = new BigDecimal("1000000000000");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

	/** "1.234.567,5": dots between thousands, as some spreadsheets export. */
	private static final Pattern POINTS_DE_MILLIERS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private static final Pattern LETTRES = Pattern.compile(".*[\\p{L}%€].*");

	private LectureChiffres() {
	}

	/**
	 * @param anneeCourante the last plausible year is the next one (a figure planned for
	 * it)
	 * @throws DonneesInvalides naming each faulty field; nothing is kept
	 */
	static List<ChiffreCle> lire(@Nullable List<ChiffreSaisi> saisis, int anneeCourante) {
		List<ChiffreSaisi> lignes = (saisis == null) ? List.of() : saisis;
		Map<String, String> erreurs = new LinkedHashMap<>();
		List<ChiffreCle> chiffres = new ArrayList<>();
		for (int i = 0; i < lignes.size(); i++) {
			ChiffreSaisi saisi = lignes.get(i);
			if (saisi == null || saisi.estVide()) {
				continue;
			}
			String champ = "chiffres[" + i + "].";
			String libelle = texte(saisi.libelle());
			String unite = texte(saisi.unite());
			String source = texte(saisi.source());
			if (libelle.isEmpty()) {
				erreurs.put(champ + "libelle", "Indiquez ce que mesure le chiffre (ex. : nombre d'habitants).");
			}
			else if (libelle.length() > 200) {
				erreurs.put(champ + "libelle", "200 caractères au plus.");
			}
			BigDecimal valeur = null;
			try {
				valeur = valeur(saisi.valeur());
			}
			catch (IllegalArgumentException ex) {
				erreurs.put(champ + "valeur", ex.getMessage());
			}
			if (unite.length() > 40) {
				erreurs.put(champ + "unite", "40 caractères au plus.");
			}
			if (source.isEmpty()) {
				erreurs.put(champ + "source",
						"Indiquez la source du chiffre (ex. : INSEE, recensement de la population).");
			}
			else if (source.length() > 300) {
				erreurs.put(champ + "source", "300 caractères au plus.");
			}
			Integer annee = annee(saisi.annee(), anneeCourante);
			if (annee == null) {
				erreurs.put(champ + "annee",
						"Indiquez l'année sur 4 chiffres, de " + PREMIERE_ANNEE + " à " + (anneeCourante + 1) + ".");
			}
			if (valeur != null && annee != null && erreurs.isEmpty()) {
				chiffres.add(new ChiffreCle(libelle, valeur, unite, source, annee));
			}
		}
		if (chiffres.size() > CHIFFRES_AU_PLUS) {
			erreurs.put("chiffres", CHIFFRES_AU_PLUS + " chiffres clés au plus par texte.");
		}
		if (!erreurs.isEmpty()) {
			throw new DonneesInvalides(erreurs);
		}
		return chiffres;
	}

	/**
	 * "1 234,5", "1234.5", "-0,3", "1.234,5"; spaces of any kind between digits.
	 * @throws IllegalArgumentException with the French message to show
	 */
	static BigDecimal valeur(@Nullable String saisie) {
		String texte = texte(saisie).replace('\u2212', '-').replaceAll("[\\s\\u00A0\\u202F]", "");
		if (texte.isEmpty()) {
			throw new IllegalArgumentException("Indiquez la valeur du chiffre.");
		}
		String nombre;
		if (DECIMAL.matcher(texte).matches()) {
			nombre = texte.replace(',', '.');
		}
		else if (POINTS_DE_MILLIERS.matcher(texte).matches()) {
			nombre = texte.replace(".", "").replace(',', '.');
		}
		else if (LETTRES.matcher(texte).matches()) {
			throw new IllegalArgumentException(
					"Écrivez seulement le nombre (ex. : 1 234,5) ; l'unité va dans la colonne « Unité ».");
		}
		else {
			throw new IllegalArgumentException("Écrivez un nombre, par exemple 1 234,5.");
		}
		BigDecimal valeur = new BigDecimal(nombre);
		if (valeur.stripTrailingZeros().scale() > DECIMALES_AU_PLUS) {
			throw new IllegalArgumentException(DECIMALES_AU_PLUS + " chiffres après la virgule au plus.");
		}
		if (valeur.abs().compareTo(TROP_GRAND) >= 0) {
			throw new IllegalArgumentException("Ce nombre est trop grand (moins de 1 000 milliards).");
		}
		return valeur.stripTrailingZeros().scale() < 0 ? valeur.setScale(0) : valeur.stripTrailingZeros();
	}

	private static @Nullable Integer annee(@Nullable String saisie, int anneeCourante) {
		String texte = texte(saisie);
		if (!texte.matches("\\d{4}")) {
			return null;
		}
		int annee = Integer.parseInt(texte);
		return (annee < PREMIERE_ANNEE || annee > anneeCourante + 1) ? null : annee;
	}

	private static String texte(@Nullable String saisie) {
		return (saisie == null) ? "" : saisie.strip();
	}

}
