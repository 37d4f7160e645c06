package fr.atelierctg.convention.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Periode;
import fr.atelierctg.convention.VerificationConvention;

/**
 * The period: at most until 31 December of the fourth year after its start, and the
 * article on the duration ("duree") must not state other dates than the period's (it
 * should print {{periode}}).
 */
@Component
class PeriodeDeLaConvention implements VerificationConvention {

	/** "1er janvier 2025", "31 décembre 2029", "01/01/2025". */
	private static final Pattern DATE = Pattern.compile(
			"\\b(\\d{1,2}(?:er)?\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\s+\\d{4}|\\d{2}/\\d{2}/\\d{4})\\b");

	@Override
	public List<Signalement> verifier(ConventionLue convention) {
		List<Signalement> signalements = new ArrayList<>();
		Periode periode = convention.periode();
		String lien = "/conventions/" + convention.id() + "#informations";
		if (periode.fin().isAfter(Periode.finMaximale(periode.debut()))) {
			signalements.add(new Signalement(true,
					"La période se termine le " + DatesFr.longue(periode.fin()) + " : une CTG dure au plus jusqu'au "
							+ DatesFr.longue(Periode.finMaximale(periode.debut())) + " (31 décembre de N+4).",
					lien));
		}
		for (ArticleLu article : convention.articles()) {
			if (!"duree".equals(article.cle())) {
				continue;
			}
			List<String> autres = datesAutresQue(TexteRiche.texte(article.contenu()), periode);
			if (!autres.isEmpty()) {
				signalements.add(new Signalement(true,
						"L'article " + article.numero() + " (« " + article.titre() + " ») cite "
								+ String.join(", ", autres) + ", qui n'est pas une borne de la période ("
								+ DatesFr.periode(periode.debut(), periode.fin()) + ") : écrivez {{periode}}.",
						"/conventions/" + convention.id() + "/articles/" + article.id()));
			}
		}
		return signalements;
	}

	static List<String> datesAutresQue(String texte, Periode periode) {
		List<String> bornes = List.of(DatesFr.longue(periode.debut()), DatesFr.longue(periode.fin()),
				DatesFr.courte(periode.debut()), DatesFr.courte(periode.fin()));
		List<String> autres = new ArrayList<>();
		Matcher date = DATE.matcher(texte);
		while (date.find()) {
			String trouvee = date.group(1).replaceAll("\\s+", " ");
			if (bornes.stream()
				.noneMatch((borne) -> borne.replace('\u202F', ' ').replace('\u00A0', ' ').equals(trouvee))) {
				autres.add("« " + trouvee + " »");
			}
		}
		return autres;
	}

}
