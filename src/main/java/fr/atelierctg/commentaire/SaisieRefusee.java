package fr.atelierctg.commentaire;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A comment form refused, carried to the page it came from (flash attribute): the form's
 * id, what was typed, and a French message per field ({@code cible}, {@code section},
 * {@code texte}).
 */
public record SaisieRefusee(String formulaire, @Nullable String cible, @Nullable String section,
		@Nullable Visibilite visibilite, @Nullable String texte, Map<String, String> erreurs) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public boolean pour(String idFormulaire) {
		return this.formulaire.equals(idFormulaire);
	}

	public @Nullable String erreur(String champ) {
		return this.erreurs.get(champ);
	}

}
