package fr.atelierctg.referentiel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What was typed in a search box, read once: a name fragment, the beginning of an INSEE
 * code or postcode, or the beginning of a SIREN.
 * <p>
 * For a name, {@link #texte()} is the {@link NomRecherche} form and {@link #debuts()} the
 * forms a name starting with it may take: "sain" is on its way to "saint", which the
 * referential writes "st", so it also means "st " and "ste "; a complete "saint" means
 * "st " and "ste " (but not "strasbourg").
 *
 * @param texte the normalised name, or the code in upper case
 */
record Saisie(Nature nature, String texte, List<String> debuts) {

	/** Articles a commune name may start with, left out by whoever types it. */
	static final List<String> ARTICLES = List.of("le", "la", "les", "l");

	/** Abbreviations EPCI names start with ("CA Val de Garonne Agglomération"). */
	static final List<String> SIGLES = List.of("ca", "cc", "cu");

	/** Shorter than this, a name is too common a fragment to look for typos in it. */
	private static final int LONGUEUR_APPROXIMATIVE = 4;

	private static final Pattern CODE = Pattern.compile("[0-9]{2,5}|2[AB][0-9]{0,3}");

	private static final Pattern SIREN = Pattern.compile("[0-9]{6,9}");

	private static final Pattern SEPARATEURS_DE_CHIFFRES = Pattern.compile("[\\s.]+");

	private static final Pattern MOTS = Pattern.compile("[^\\p{L}\\p{N}]+");

	enum Nature {

		/** Nothing worth looking for (blank, a single character, too many digits). */
		VIDE,
		/** A name or its beginning. */
		NOM,
		/** The beginning of an INSEE code ("47157", "2A004") or of a postcode. */
		CODE,
		/** The beginning of a SIREN, from its 6th digit. */
		SIREN

	}

	static Saisie lire(@Nullable String q) {
		String brut = (q != null) ? q.strip() : "";
		String chiffres = SEPARATEURS_DE_CHIFFRES.matcher(brut).replaceAll("").toUpperCase(Locale.ROOT);
		if (CODE.matcher(chiffres).matches()) {
			return new Saisie(Nature.CODE, chiffres, List.of(chiffres));
		}
		if (SIREN.matcher(chiffres).matches()) {
			return new Saisie(Nature.SIREN, chiffres, List.of(chiffres));
		}
		String nom = NomRecherche.normaliser(brut);
		if (nom.length() < 2 || chiffres.chars().allMatch(Character::isDigit)) {
			return new Saisie(Nature.VIDE, nom, List.of());
		}
		return new Saisie(Nature.NOM, nom, debuts(brut, nom));
	}

	private static List<String> debuts(String brut, String nom) {
		String[] mots = MOTS.split(brut);
		String dernier = mots[mots.length - 1].toLowerCase(Locale.ROOT);
		int finDuReste = nom.lastIndexOf(' ') + 1;
		String reste = nom.substring(0, finDuReste);
		return switch (dernier) {
			case "saint" -> List.of(reste + "st ", reste + "ste ");
			case "sainte" -> List.of(reste + "ste ");
			case "sai", "sain" -> List.of(nom, reste + "st ", reste + "ste ");
			default -> List.of(nom);
		};
	}

	boolean estVide() {
		return this.nature == Nature.VIDE;
	}

	/**
	 * The text to compare with names for typos: without a leading optional word (an
	 * article, an EPCI abbreviation), which tells nothing and shares its trigrams with
	 * thousands of names; empty when too short to carry a typo.
	 */
	Optional<String> approche(List<String> motsFacultatifs) {
		if (this.nature != Nature.NOM) {
			return Optional.empty();
		}
		int espace = this.texte.indexOf(' ');
		String approche = (espace > 0 && motsFacultatifs.contains(this.texte.substring(0, espace)))
				? this.texte.substring(espace + 1) : this.texte;
		return (approche.length() >= LONGUEUR_APPROXIMATIVE) ? Optional.of(approche) : Optional.empty();
	}

	/** Names equal to the text, with or without one of the optional leading words. */
	String[] exacts(List<String> motsFacultatifs) {
		List<String> exacts = new ArrayList<>();
		exacts.add(this.texte);
		for (String mot : facultatifs(this.texte, motsFacultatifs)) {
			exacts.add(mot + " " + this.texte);
		}
		return exacts.toArray(String[]::new);
	}

	/** LIKE patterns of names starting with the text, optional leading words aside. */
	String[] prefixes(List<String> motsFacultatifs) {
		List<String> motifs = new ArrayList<>();
		for (String debut : this.debuts) {
			motifs.add(debut + "%");
			for (String mot : facultatifs(debut, motsFacultatifs)) {
				motifs.add(mot + " " + debut + "%");
			}
		}
		return motifs.toArray(String[]::new);
	}

	/** LIKE patterns of names with a later word starting with the text. */
	String[] motsPrefixes() {
		return this.debuts.stream().map((debut) -> "% " + debut + "%").toArray(String[]::new);
	}

	/** LIKE pattern of a code starting with the text. */
	String prefixeDeCode() {
		return this.texte + "%";
	}

	/** LIKE pattern of a space-separated list of codes where one starts with the text. */
	String prefixeDeCodeSuivant() {
		return "% " + this.texte + "%";
	}

	private static List<String> facultatifs(String debut, List<String> motsFacultatifs) {
		String premier = debut.contains(" ") ? debut.substring(0, debut.indexOf(' ')) : debut;
		return motsFacultatifs.contains(premier) ? List.of() : motsFacultatifs;
	}

}
