package fr.atelierctg.annexe.diagnostic;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.texte.TexteRiche;

/**
 * What one author wrote in a section.
 *
 * @param signataireId null for the Caf's text
 * @param auteur "la Caf", "la commune d'Agmé"
 * @param texte sanitized rich text, safe to insert as is
 * @param version -1 while nothing is written
 * @param aMettreAJour copied from the convention this one renews, not saved since
 */
public record TexteLu(@Nullable Long signataireId, String auteur, String texte, List<ChiffreCle> chiffres, long version,
		boolean aMettreAJour) {

	public static final long PAS_ENCORE_ECRIT = -1;

	public TexteLu {
		chiffres = List.copyOf(chiffres);
	}

	public boolean estDeLaCaf() {
		return this.signataireId == null;
	}

	/** Nothing written: no text (blank paragraphs aside) and no figure. */
	public boolean estVide() {
		return TexteRiche.texte(this.texte).isBlank() && this.chiffres.isEmpty();
	}

	/** "Texte de la Caf", "Contribution de la commune d'Agmé". */
	public String titre() {
		return estDeLaCaf() ? "Texte de la Caf"
				: "Contribution " + fr.atelierctg.convention.Designations.de(this.auteur);
	}

}
