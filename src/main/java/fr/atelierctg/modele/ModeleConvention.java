package fr.atelierctg.modele;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An edition of the model a convention starts from: fixed visas, préambule, articles, the
 * alternatives it offers, partner articles and annex headings. Every body is safe HTML
 * with {@link Gabarit} fields.
 */
public record ModeleConvention(String edition, String libelle, String titre, List<String> visas, TexteModele preambule,
		List<TexteModele> articles, List<OptionModele> presidencesCopil, String ctgDansMaPoche,
		List<PartenaireModele> partenaires, List<TexteModele> annexes) {

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
