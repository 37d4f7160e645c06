package fr.atelierctg.renouvellement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.atelierctg.convention.Periode;

/** The proposed title of the successor: the predecessor's, with the new years. */
final class Titres {

	private static final Pattern ANNEES = Pattern.compile("(\\d{4})(\\s*[-–—/]\\s*|\\s+à\\s+)(\\d{4})");

	private Titres() {
	}

	static String renouvele(String titre, Periode ancienne, Periode nouvelle) {
		String annees = nouvelle.debut().getYear() + "–" + nouvelle.fin().getYear();
		Matcher matcher = ANNEES.matcher(titre);
		while (matcher.find()) {
			if (Integer.parseInt(matcher.group(1)) == ancienne.debut().getYear()
					&& Integer.parseInt(matcher.group(3)) == ancienne.fin().getYear()) {
				return titre.substring(0, matcher.start()) + annees + titre.substring(matcher.end());
			}
		}
		String propose = titre.strip() + " " + annees;
		return (propose.length() <= 200) ? propose : titre;
	}

}
