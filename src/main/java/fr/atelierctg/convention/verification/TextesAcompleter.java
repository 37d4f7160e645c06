package fr.atelierctg.convention.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.convention.AnnexeLu;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.VerificationConvention;

/**
 * Placeholders and drafting instructions left in a text: "XX/XX/20XX", "……", "M …", "(A
 * adapter …)", "(Une option à choisir …)" — the defects seen in signed conventions.
 * Blocking: such a text cannot be signed.
 */
@Component
class TextesAcompleter implements VerificationConvention {

	/** What is looked for, and how the finding names it. */
	private static final List<Motif> MOTIFS = List.of(
			new Motif(Pattern.compile("\\bX{2,}\\b|\\b20[0-9]?X{1,2}\\b|\\b202X\\b"), "un « XX » à remplacer"),
			new Motif(Pattern.compile("…|\\.{3,}"), "des points de suspension à compléter"),
			new Motif(Pattern.compile("\\(\\s*[AÀ] adapter[^)]*\\)?", Pattern.CASE_INSENSITIVE),
					"une consigne du modèle « (A adapter …) »"),
			new Motif(Pattern.compile("\\(\\s*Une option à choisir[^)]*\\)?", Pattern.CASE_INSENSITIVE),
					"une consigne du modèle « (Une option à choisir …) »"),
			new Motif(Pattern.compile("\\b(?:M|Mme|Monsieur|Madame)\\.?\\s*(?=…|\\.{3}|$|[,;])"),
					"une civilité sans nom (« M … »)"));

	@Override
	public List<Signalement> verifier(ConventionLue convention) {
		List<Signalement> signalements = new ArrayList<>();
		for (ArticleLu article : convention.articles()) {
			String lien = "/conventions/" + convention.id() + "/articles/" + article.id();
			String ou = (article.numero() > 0) ? "L'article " + article.numero() + " (« " + article.titre() + " »)"
					: "Le préambule";
			trouver(article.titre() + "\n" + TexteRiche.texte(article.contenu()))
				.ifPresent((trouve) -> signalements.add(new Signalement(true, ou + " contient " + trouve + ".", lien)));
		}
		for (AnnexeLu annexe : convention.annexes()) {
			if (annexe.duModele() || annexe.estUnPdf()) {
				continue;
			}
			trouver(annexe.titre() + "\n" + TexteRiche.texte(annexe.contenu()))
				.ifPresent((trouve) -> signalements.add(new Signalement(true,
						"L'" + annexe.intitule().toLowerCase(java.util.Locale.FRENCH) + " (« " + annexe.titre()
								+ " ») contient " + trouve + ".",
						"/conventions/" + convention.id() + "/annexes/" + annexe.id())));
		}
		return signalements;
	}

	/**
	 * The first placeholder found, with its context: "un « XX » à remplacer (« le
	 * XX/XX/20XX »)".
	 */
	static Optional<String> trouver(String texte) {
		for (Motif motif : MOTIFS) {
			Matcher trouve = motif.motif().matcher(texte);
			if (trouve.find()) {
				return Optional.of(motif.nom() + " (« " + extrait(texte, trouve.start(), trouve.end()) + " »)");
			}
		}
		return Optional.empty();
	}

	private static String extrait(String texte, int debut, int fin) {
		int de = Math.max(0, debut - 25);
		int a = Math.min(texte.length(), fin + 25);
		return ((de > 0) ? "…" : "") + texte.substring(de, a).replaceAll("\\s+", " ").strip()
				+ ((a < texte.length()) ? "…" : "");
	}

	private record Motif(Pattern motif, String nom) {
	}

}
