package fr.atelierctg.modele;

import java.util.List;

/**
 * What a newer national edition changes against the Caf's variant, text by text: only the
 * texts whose national wording changed.
 */
public record ComparaisonEdition(String editionBase, String nouvelleEdition, long versionVariante,
		List<TexteCompare> textes) {

	public enum Changement {

		MODIFIE("Modifié"), AJOUTE("Ajouté"), SUPPRIME("Supprimé");

		private final String libelle;

		Changement(String libelle) {
			this.libelle = libelle;
		}

		public String libelle() {
			return this.libelle;
		}

	}

	/**
	 * @param cle "visas", "preambule", an article key, "ctg_dans_ma_poche" or
	 * "presidence_copil.VALEUR"
	 * @param difference the national wording, old → new, word by word (escaped HTML with
	 * del/ins)
	 * @param texteCaf the Caf's wording when it adapted this text, else null
	 * @param choixParDefaut the choice offered by default, null when there is nothing to
	 * choose (the national text applies)
	 */
	public record TexteCompare(String cle, String titre, Changement changement, String difference, String texteCaf,
			Choix choixParDefaut) {

		public boolean aChoisir() {
			return this.choixParDefaut != null;
		}

	}

}
