package fr.atelierctg.annexe.diagnostic;

import org.jspecify.annotations.Nullable;

/**
 * A key figure as typed in a form or sent to the API: text, read by
 * {@link LectureChiffres} ("1 234,5", "2021").
 */
public record ChiffreSaisi(@Nullable String libelle, @Nullable String valeur, @Nullable String unite,
		@Nullable String source, @Nullable String annee) {

	static ChiffreSaisi vide() {
		return new ChiffreSaisi("", "", "", "", "");
	}

	static ChiffreSaisi de(ChiffreCle chiffre) {
		return new ChiffreSaisi(chiffre.libelle(), chiffre.valeurSaisie(), chiffre.unite(), chiffre.source(),
				Integer.toString(chiffre.annee()));
	}

	/** A row left blank in the form: ignored. */
	boolean estVide() {
		return blanc(this.libelle) && blanc(this.valeur) && blanc(this.unite) && blanc(this.source)
				&& blanc(this.annee);
	}

	private static boolean blanc(@Nullable String texte) {
		return texte == null || texte.isBlank();
	}

}
