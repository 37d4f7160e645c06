package fr.atelierctg.convention;

import java.util.List;
import java.util.Locale;

import fr.atelierctg.common.francais.Liaison;
import fr.atelierctg.common.francais.NombresFr;

/**
 * How signatories are named in the text, with their article: "la commune d'Agmé", "la
 * communauté d'agglomération « Val de Garonne Agglomération »", "l'État", "les communes
 * de A et de B".
 */
public final class Designations {

	private static final int COMMUNES_NOMMEES_AU_PLUS = 3;

	private Designations() {
	}

	/** "la commune d'Agmé". */
	public static String designation(IdentiteSignataire identite) {
		return switch (identite.type()) {
			case CAF -> "la " + identite.nom();
			case COMMUNE -> "la commune " + liaison(identite).de(identite.nom());
			case EPCI -> epci(identite.nom());
			case SYNDICAT -> syndicat(identite.nom());
			case AUTRE -> identite.nom();
		};
	}

	/**
	 * The short name in « »: "la commune d'Agmé", "Val de Garonne Agglomération",
	 * "l'État".
	 */
	public static String denomination(IdentiteSignataire identite) {
		return switch (identite.type()) {
			case EPCI -> nomSansPrefixe(identite.nom());
			case CAF -> "la Caf";
			default -> designation(identite);
		};
	}

	/** "de la commune d'Agmé", "du Département", "des communes…". */
	public static String de(String designation) {
		return Liaison.deviner(designation).de(designation);
	}

	/** The collectivités as one noun phrase, singular or plural as they are. */
	public static String collectivites(List<SignataireLu> collectivites) {
		List<String> groupements = collectivites.stream()
			.filter((s) -> s.type() != TypeSignataire.COMMUNE)
			.map((s) -> designation(s.identite()))
			.toList();
		List<IdentiteSignataire> communes = collectivites.stream()
			.filter((s) -> s.type() == TypeSignataire.COMMUNE)
			.map(SignataireLu::identite)
			.toList();
		String lesCommunes = "";
		if (communes.size() == 1) {
			lesCommunes = designation(communes.get(0));
		}
		else if (communes.size() > COMMUNES_NOMMEES_AU_PLUS) {
			lesCommunes = "les " + NombresFr.entier(communes.size()) + " communes signataires";
		}
		else if (!communes.isEmpty()) {
			lesCommunes = "les communes " + enumerer(communes.stream().map((c) -> liaison(c).de(c.nom())).toList());
		}
		if (groupements.isEmpty()) {
			return lesCommunes.isEmpty() ? "les collectivités signataires" : lesCommunes;
		}
		// "A et B et C" reads badly: the communes follow the groupings with "ainsi que"
		return lesCommunes.isEmpty() ? enumerer(groupements) : enumerer(groupements) + " ainsi que " + lesCommunes;
	}

	/** "A", "A et B", "A, B et C". */
	public static String enumerer(List<String> elements) {
		if (elements.size() <= 1) {
			return String.join("", elements);
		}
		return String.join(", ", elements.subList(0, elements.size() - 1)) + " et " + elements.getLast();
	}

	public static String nomSansPrefixe(String nomEpci) {
		for (String prefixe : new String[] { "CA ", "CC ", "CU " }) {
			if (nomEpci.startsWith(prefixe)) {
				return nomEpci.substring(prefixe.length()).strip();
			}
		}
		return nomEpci;
	}

	private static String epci(String nom) {
		String libelle = nom.startsWith("CA ") ? "communauté d'agglomération" : nom.startsWith("CC ")
				? "communauté de communes" : nom.startsWith("CU ") ? "communauté urbaine" : null;
		if (libelle == null) {
			return nom.toLowerCase(Locale.FRENCH).startsWith("métropole") ? "la " + nom
					: "la métropole « " + nom + " »";
		}
		String reste = nomSansPrefixe(nom);
		String debut = reste.toLowerCase(Locale.FRENCH);
		if (debut.startsWith("de ") || debut.startsWith("du ") || debut.startsWith("des ") || debut.startsWith("d'")) {
			return "la " + libelle + " " + reste;
		}
		return "la " + libelle + " « " + reste + " »";
	}

	private static String syndicat(String nom) {
		String debut = nom.toLowerCase(Locale.FRENCH);
		if (debut.startsWith("syndicat") || debut.startsWith("sivu") || debut.startsWith("sivom")
				|| debut.startsWith("sim")) {
			return "le " + nom;
		}
		return "le syndicat intercommunal « " + nom + " »";
	}

	private static Liaison liaison(IdentiteSignataire identite) {
		return Liaison.depuisCode(identite.typeLiaison());
	}

}
