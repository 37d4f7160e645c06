package fr.atelierctg.historique;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.convention.AnnexeLu;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.StatutConvention;
import org.jspecify.annotations.Nullable;

/**
 * How the entries of one convention's history read in French: which element they touch
 * ("Article 3", "Équipement « Crèche Les Lutins »", "Signataire Commune de Marmande") and
 * their values (dates, yes/no, statuses, signatories instead of ids, rich texts as text).
 * Rows that no longer exist are named as they were last recorded.
 */
final class Lecture {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

	private static final Pattern BALISE = Pattern.compile("<[a-zA-Z/][^>]*>");

	private final Map<Long, ArticleLu> articles;

	private final Map<Long, AnnexeLu> annexes;

	private final Map<Long, String> signataires;

	private final Map<Long, String> axes;

	Lecture(ConventionLue convention, Map<Long, String> signatairesConnus, Map<Long, String> axes) {
		this.articles = convention.articles().stream().collect(Collectors.toMap(ArticleLu::id, Function.identity()));
		this.annexes = convention.annexes().stream().collect(Collectors.toMap(AnnexeLu::id, Function.identity()));
		this.signataires = new HashMap<>(signatairesConnus);
		for (SignataireLu s : convention.signataires()) {
			this.signataires.put(s.id(), nomCourt(Designations.designation(s.identite())));
		}
		this.axes = axes;
	}

	/** The element an entry touches, as a reader names it. */
	String element(EntreeHistorique e) {
		String repere = (e.repere() != null) ? e.repere() : "";
		return switch (e.tableau()) {
			case "convention" -> "Convention";
			case "signataire" -> "Signataire " + signataire(e.ligneId(), repere);
			case "article" -> {
				ArticleLu article = this.articles.get(e.ligneId());
				yield (article != null) ? article.intitule() : "Article" + nomme(repere);
			}
			case "annexe" -> annexe(e.ligneId(), repere);
			case "annexe_fichier" -> annexe(e.ligneId(), "");
			case "deliberation" -> "Délibération de " + signataire(nombre(repere), "");
			case "equipement" -> "Équipement" + nomme(repere);
			case "diagnostic_texte" -> "Diagnostic, section " + section(repere);
			case "diagnostic_chiffre" -> "Diagnostic, chiffre clé" + nomme(repere);
			case "plan_axe" -> "Axe" + nomme(repere);
			case "plan_action" -> "Fiche action" + nomme(repere);
			case "competence_ligne" -> "Compétences, ligne" + nomme(repere);
			case "projection_tableau" -> "Projection" + nomme(repere);
			case "projection_valeur" -> "Projection, valeur" + nomme(repere);
			case "projection_projet" -> "Projection, projet" + nomme(repere);
			case "pilotage" -> "Pilotage";
			case "pilotage_membre_technique" -> "Comité technique, membre" + nomme(repere);
			case "pilotage_commission" -> "Commission de travail" + nomme(repere);
			case "pilotage_charge" -> "Chargé·e de coopération" + nomme(repere);
			case "pilotage_delegation" -> "Comité de pilotage, délégation de " + signataire(nombre(repere), "");
			case "pilotage_membre_copil" -> "Comité de pilotage, membre" + nomme(repere);
			case "signature" -> "Signature de " + signataire(nombre(repere), "");
			case "signature_copie" -> "Copie signée";
			case "avenant" -> "Avenant n° " + repere;
			case "avenant_modification" -> "Avenant, modification" + nomme(repere);
			case "avenant_signature" -> "Avenant, signature de " + signataire(nombre(repere), "");
			default -> e.tableau();
		};
	}

	/** A recorded value as a reader reads it (null stays null: "vide"). */
	@Nullable String valeur(String tableau, String champ, @Nullable String valeur) {
		if (valeur == null) {
			return null;
		}
		if (champ.equals("signataire_id") || champ.equals("pilote_signataire_id")) {
			return signataire(nombre(valeur), "");
		}
		if (champ.equals("axe_id")) {
			String axe = this.axes.get(nombre(valeur));
			return (axe != null) ? axe : "axe n° " + valeur;
		}
		if (champ.endsWith("_id")) {
			return "n° " + valeur;
		}
		if (champ.equals("statut")) {
			try {
				return StatutConvention.valueOf(valeur).libelle();
			}
			catch (IllegalArgumentException ex) {
				return valeur;
			}
		}
		if (champ.endsWith("civilite")) {
			return switch (valeur) {
				case "MADAME" -> "Madame";
				case "MONSIEUR" -> "Monsieur";
				default -> valeur;
			};
		}
		if (valeur.equals("true") || valeur.equals("false")) {
			return valeur.equals("true") ? "oui" : "non";
		}
		if (DATE.matcher(valeur).matches()) {
			try {
				return DatesFr.longue(LocalDate.parse(valeur));
			}
			catch (DateTimeParseException ex) {
				return valeur;
			}
		}
		if (DECIMAL.matcher(valeur).matches()) {
			return new BigDecimal(valeur).stripTrailingZeros().toPlainString().replace('.', ',');
		}
		return riche(valeur) ? TexteRiche.texte(valeur) : valeur;
	}

	static boolean riche(@Nullable String valeur) {
		return valeur != null && BALISE.matcher(valeur).find();
	}

	private String signataire(long id, String repere) {
		String nom = this.signataires.get(id);
		if (nom != null) {
			return nom;
		}
		return repere.isEmpty() ? "n° " + id : repere;
	}

	private String annexe(long id, String repere) {
		AnnexeLu annexe = this.annexes.get(id);
		if (annexe != null) {
			return annexe.intitule() + " « " + annexe.titre() + " »";
		}
		return "Annexe" + nomme(repere);
	}

	/** " « Crèche Les Lutins »", or nothing for a row without a name. */
	private static String nomme(String repere) {
		return repere.isBlank() ? "" : " « " + repere.strip() + " »";
	}

	/** "ii-a" → "II a". */
	private static String section(String cle) {
		String[] parties = cle.split("-", 2);
		return parties[0].toUpperCase(Locale.ROOT) + ((parties.length > 1) ? " " + parties[1] : "");
	}

	/** "la commune de Marmande" → "Commune de Marmande". */
	private static String nomCourt(String designation) {
		String nom = designation.replaceFirst("^(la |le |les |l')", "");
		return nom.substring(0, 1).toUpperCase(Locale.FRENCH) + nom.substring(1);
	}

	private static long nombre(String texte) {
		try {
			return Long.parseLong(texte.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
