package fr.atelierctg.common.texte;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.springframework.web.util.HtmlUtils;

/**
 * Word-level comparison of two texts (plain or rich), for reading what changed between
 * two versions of an article, an annex section or a model clause. Rich texts are compared
 * on their plain text: the markup is not what readers vote on.
 */
public final class ComparaisonMots {

	/**
	 * Words and the spaces that follow them, so that joining the tokens gives the text
	 * back.
	 */
	private static final Pattern MOT = Pattern.compile("\\S+\\s*|\\s+");

	private ComparaisonMots() {
	}

	public enum Nature {

		EGAL, SUPPRIME, AJOUTE

	}

	/** A run of words kept, removed or added. */
	public record Segment(Nature nature, String texte) {
	}

	/** The result: the runs in reading order, and whether anything changed. */
	public record Comparaison(List<Segment> segments) {

		public boolean identique() {
			return this.segments.stream().allMatch((s) -> s.nature() == Nature.EGAL);
		}

		public int motsSupprimes() {
			return compter(Nature.SUPPRIME);
		}

		public int motsAjoutes() {
			return compter(Nature.AJOUTE);
		}

		private int compter(Nature nature) {
			return this.segments.stream()
				.filter((s) -> s.nature() == nature)
				.mapToInt((s) -> mots(s.texte()).size())
				.sum();
		}

		/**
		 * Escaped HTML with {@code <del>} and {@code <ins>} around the changes, safe to
		 * insert as is in a page or a PDF.
		 */
		public String html() {
			StringBuilder html = new StringBuilder();
			for (Segment segment : this.segments) {
				String texte = HtmlUtils.htmlEscape(segment.texte(), "UTF-8");
				switch (segment.nature()) {
					case EGAL -> html.append(texte);
					case SUPPRIME -> html.append("<del>").append(texte).append("</del>");
					case AJOUTE -> html.append("<ins>").append(texte).append("</ins>");
				}
			}
			return html.toString();
		}

	}

	/** Compares two rich texts (HTML) on their plain text. */
	public static Comparaison entreTextesRiches(String avant, String apres) {
		return entre(TexteRiche.texte(avant), TexteRiche.texte(apres));
	}

	/** Compares two plain texts word by word. */
	public static Comparaison entre(String avant, String apres) {
		List<String> motsAvant = mots(avant == null ? "" : avant);
		List<String> motsApres = mots(apres == null ? "" : apres);
		Patch<String> patch = DiffUtils.diff(motsAvant, motsApres);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int debut = delta.getSource().getPosition();
			ajouter(segments, Nature.EGAL, motsAvant.subList(position, debut));
			ajouter(segments, Nature.SUPPRIME, delta.getSource().getLines());
			ajouter(segments, Nature.AJOUTE, delta.getTarget().getLines());
			position = debut + delta.getSource().size();
		}
		ajouter(segments, Nature.EGAL, motsAvant.subList(position, motsAvant.size()));
		return new Comparaison(List.copyOf(segments));
	}

	private static void ajouter(List<Segment> segments, Nature nature, List<String> mots) {
		if (mots.isEmpty()) {
			return;
		}
		String texte = String.join("", mots);
		if (!segments.isEmpty() && segments.get(segments.size() - 1).nature() == nature) {
			Segment precedent = segments.remove(segments.size() - 1);
			texte = precedent.texte() + texte;
		}
		segments.add(new Segment(nature, texte));
	}

	private static List<String> mots(String texte) {
		List<String> mots = new ArrayList<>();
		Matcher matcher = MOT.matcher(texte);
		while (matcher.find()) {
			mots.add(matcher.group());
		}
		return mots;
	}

}
