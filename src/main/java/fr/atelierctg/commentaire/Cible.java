package fr.atelierctg.commentaire;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a thread is about: an article of the convention, or an annex, optionally one of
 * its sections (the diagnostic's "ii-a"). Its key ({@code article-12}, {@code annexe-5},
 * {@code annexe-5-ii-a}) names it in pages and forms.
 */
public record Cible(@Nullable Long articleId, @Nullable Long annexeId, @Nullable String section) {

	/** Longest section key. */
	static final int SECTION_MAX = 20;

	private static final Pattern CLE = Pattern.compile("(article|annexe)-(\\d{1,18})(?:-(.+))?");

	private static final Pattern SECTION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public static Cible article(long articleId) {
		return new Cible(articleId, null, null);
	}

	public static Cible annexe(long annexeId, @Nullable String section) {
		return new Cible(null, annexeId, section);
	}

	public boolean estUnArticle() {
		return this.articleId != null;
	}

	/** {@code article-12}, {@code annexe-5}, {@code annexe-5-ii-a}. */
	public String cle() {
		if (this.articleId != null) {
			return "article-" + this.articleId;
		}
		return "annexe-" + this.annexeId + ((this.section == null) ? "" : "-" + this.section);
	}

	/** The section as printed: "II-a" for "ii-a". */
	public @Nullable String sectionEnClair() {
		if (this.section == null) {
			return null;
		}
		int tiret = this.section.indexOf('-');
		return (tiret < 0) ? this.section.toUpperCase(Locale.ROOT)
				: this.section.substring(0, tiret).toUpperCase(Locale.ROOT) + this.section.substring(tiret);
	}

	/** The target named by a key, if it is one (the section is not checked). */
	static Optional<Cible> depuis(@Nullable String cle) {
		Matcher m = (cle == null) ? null : CLE.matcher(cle.trim());
		if (m == null || !m.matches() || ("article".equals(m.group(1)) && m.group(3) != null)) {
			return Optional.empty();
		}
		long id = Long.parseLong(m.group(2));
		return Optional.of("article".equals(m.group(1)) ? article(id) : annexe(id, section(m.group(3))));
	}

	/** A section as typed, in its stored form: trimmed, lower case; null when blank. */
	static @Nullable String section(@Nullable String saisie) {
		if (saisie == null || saisie.isBlank()) {
			return null;
		}
		return saisie.strip().toLowerCase(Locale.ROOT);
	}

	/** Letters and digits in parts joined by "-", 20 characters at most. */
	static boolean sectionValide(String section) {
		return section.length() <= SECTION_MAX && SECTION.matcher(section).matches();
	}

}
