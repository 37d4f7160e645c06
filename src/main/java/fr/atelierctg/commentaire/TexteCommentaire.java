package fr.atelierctg.commentaire;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.francais.NombresFr;

/**
 * The text of a comment: plain text, kept as typed (line breaks included), escaped on
 * output.
 */
final class TexteCommentaire {

	static final int LONGUEUR_MAX = 4000;

	private TexteCommentaire() {
	}

	/**
	 * @return the text without surrounding blanks, line breaks as "\n"
	 * @throws DonneesInvalides on {@code texte} when empty or too long
	 */
	static String verifier(@Nullable String saisie) {
		String texte = (saisie == null) ? "" : saisie.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (texte.isEmpty()) {
			throw DonneesInvalides.sur("texte", "Écrivez le commentaire.");
		}
		if (texte.length() > LONGUEUR_MAX) {
			throw DonneesInvalides.sur("texte", "Un commentaire fait " + NombresFr.entier(LONGUEUR_MAX)
					+ " caractères au plus (celui-ci en fait " + NombresFr.entier(texte.length()) + ").");
		}
		return texte;
	}

}
