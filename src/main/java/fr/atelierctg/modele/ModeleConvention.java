package fr.atelierctg.modele;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An edition of the model a convention starts from: fixed visas, préambule, articles, the
 * alternatives it offers, partner articles and annex headings. Every body is safe HTML
 * with {@link Gabarit} fields.
 *
 * @param date the date of the edition: the latest edition is the one with the latest date
 * @param aAdapter the keys of the texts a Caf may adapt in its variant ("preambule",
 * "champs-caf"…): those the national model marks "à adapter"
 */
public record ModeleConvention(String edition, String libelle, String titre, List<String> visas, TexteModele preambule,
		List<TexteModele> articles, List<OptionModele> presidencesCopil, String ctgDansMaPoche,
		List<PartenaireModele> partenaires, List<TexteModele> annexes, LocalDate date, Set<String> aAdapter) {

	/** The préambule then the articles, in order. */
	public List<TexteModele> textes() {
		List<TexteModele> textes = new ArrayList<>();
		textes.add(this.preambule);
		textes.addAll(this.articles);
		return textes;
	}

	public Optional<TexteModele> texte(String cle) {
		return textes().stream().filter((t) -> t.cle().equals(cle)).findFirst();
	}

	public Set<String> clesArticles() {
		return textes().stream().map(TexteModele::cle).collect(Collectors.toSet());
	}

	/**
	 * The same edition with some texts worded otherwise (a Caf's variant): key → safe
	 * HTML.
	 */
	public ModeleConvention avecRedactions(Map<String, String> redactions) {
		java.util.function.UnaryOperator<TexteModele> redige = (t) -> redactions.containsKey(t.cle())
				? new TexteModele(t.cle(), t.titre(), redactions.get(t.cle())) : t;
		return new ModeleConvention(this.edition, this.libelle, this.titre, this.visas, redige.apply(this.preambule),
				this.articles.stream().map(redige).toList(), this.presidencesCopil, this.ctgDansMaPoche,
				this.partenaires, this.annexes, this.date, this.aAdapter);
	}

	public Optional<OptionModele> presidenceCopil(String valeur) {
		return this.presidencesCopil.stream().filter((o) -> o.valeur().equals(valeur)).findFirst();
	}

	public Optional<PartenaireModele> partenaire(String categorie) {
		return this.partenaires.stream().filter((p) -> p.categorie().equals(categorie)).findFirst();
	}

	public Set<String> clesAnnexes() {
		return this.annexes.stream().map(TexteModele::cle).collect(Collectors.toSet());
	}

	public record TexteModele(String cle, String titre, String html) {
	}

	public record OptionModele(String valeur, String libelle, String html) {
	}

	/**
	 * @param nom the partner with its article, e.g. "l'État"
	 */
	public record PartenaireModele(String categorie, String nom, String titre, String html) {
	}

}
