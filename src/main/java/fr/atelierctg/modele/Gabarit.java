package fr.atelierctg.modele;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The named fields of editable texts: {@code {{periode}}}, {@code {{article.suivi}}}… A
 * logic-less substitution done here, never by Thymeleaf or SpEL: a text is only ever
 * searched for {@code {{name}}} and each one replaced by a value computed from the data.
 * Nothing else in the text has any meaning ({@code ${…}}, {@code [[…]]}, {@code #{…}}
 * stay plain characters).
 * <p>
 * A name starting with a capital letter gives the value with a capital initial:
 * {@code {{Collectivites}}} → "La commune d'Agmé".
 */
public final class Gabarit {

	private static final Pattern CHAMP = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}");

	private static final Pattern BLOC_SEUL = Pattern
		.compile("<p>\\s*\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}\\s*</p>");

	private Gabarit() {
	}

	/** The field names a text uses, in order of appearance. */
	public static Set<String> champs(String texte) {
		Set<String> noms = new LinkedHashSet<>();
		Matcher champ = CHAMP.matcher(texte == null ? "" : texte);
		while (champ.find()) {
			noms.add(champ.group(1));
		}
		return noms;
	}

	public static List<String> champsInconnus(String texte, Predicate<String> connu) {
		List<String> inconnus = new ArrayList<>();
		for (String nom : champs(texte)) {
			if (!connu.test(minusculeInitiale(nom))) {
				inconnus.add(nom);
			}
		}
		return inconnus;
	}

	/**
	 * Replaces every field of an HTML text by its value: text values are escaped, block
	 * values (already safe HTML) replace the paragraph that holds them alone. Unknown
	 * fields stay visible as typed, so that a check can report them.
	 */
	public static String remplir(String html, Function<String, Optional<Valeur>> valeurs) {
		String blocs = remplacer(BLOC_SEUL, html,
				(nom) -> valeurs.apply(nom)
					.filter(Valeur.Bloc.class::isInstance)
					.map((valeur) -> ((Valeur.Bloc) valeur).html()));
		return remplacer(CHAMP, blocs, (nom) -> {
			boolean majuscule = Character.isUpperCase(nom.charAt(0));
			return valeurs.apply(minusculeInitiale(nom)).map((valeur) -> switch (valeur) {
				case Valeur.Texte texte ->
					HtmlUtils.htmlEscape(majuscule ? majusculeInitiale(texte.texte()) : texte.texte(), "UTF-8");
				case Valeur.Bloc bloc -> bloc.html();
			});
		});
	}

	private static String remplacer(Pattern motif, String html, Function<String, Optional<String>> remplacement) {
		Matcher champ = motif.matcher(html);
		StringBuilder sortie = new StringBuilder();
		while (champ.find()) {
			String nom = champ.group(1);
			Optional<String> valeur = remplacement.apply(nom);
			champ.appendReplacement(sortie, Matcher.quoteReplacement(valeur.orElse(champ.group())));
		}
		champ.appendTail(sortie);
		return sortie.toString();
	}

	static String minusculeInitiale(String nom) {
		return Character.toLowerCase(nom.charAt(0)) + nom.substring(1);
	}

	public static String majusculeInitiale(String texte) {
		return texte.isEmpty() ? texte : Character.toUpperCase(texte.charAt(0)) + texte.substring(1);
	}

	/** The value of a field. */
	public sealed interface Valeur {

		static Valeur texte(String texte) {
			return new Texte(texte);
		}

		static Valeur bloc(String html) {
			return new Bloc(html);
		}

		/** Plain text, escaped where it is inserted. */
		record Texte(String texte) implements Valeur {
		}

		/**
		 * Safe HTML (paragraphs, lists) that replaces the paragraph holding the field.
		 */
		record Bloc(String html) implements Valeur {
		}

	}

}
