package fr.atelierctg.version;

import java.util.List;

/**
 * What changed from one version ({@code de}) to another, or to the current state
 * ({@code a}): part by part (parties, articles, each annex), texts word by word, tables
 * row by row.
 */
public record ComparaisonVersions(Repere de, Repere a, List<Rubrique> rubriques) {

	public boolean identiques() {
		return this.rubriques.stream().allMatch(Rubrique::identique);
	}

	/**
	 * One side of the comparison.
	 *
	 * @param numero the version's number, null for the current state
	 * @param libelle "Version 2 – En relecture – 12/03/2026 à 14:05", "État actuel"
	 */
	public record Repere(Integer numero, String libelle) {
	}

	/**
	 * Marks the start of each change for screen readers, which do not announce
	 * {@code <del>} and {@code <ins>}. The input holds no other markup (escaped text).
	 */
	static String lisible(String html) {
		return html.replace("<del>", "<del><span class=\"visually-hidden\">supprimé : </span>")
			.replace("<ins>", "<ins><span class=\"visually-hidden\">ajouté : </span>");
	}

	/**
	 * Whether a part, a text, a table or a row is the same, changed, added or removed.
	 */
	public enum Etat {

		IDENTIQUE("aucune différence", "identique"), MODIFIE("modifié", "modifiée"), AJOUTE("ajouté", "ajoutée"),
		SUPPRIME("supprimé", "supprimée");

		private final String libelle;

		private final String feminin;

		Etat(String libelle, String feminin) {
			this.libelle = libelle;
			this.feminin = feminin;
		}

		public String libelle() {
			return this.libelle;
		}

		/** For a row ("ligne ajoutée"). */
		public String feminin() {
			return this.feminin;
		}

	}

	/**
	 * A part of the document: "Parties et visas", "Articles", or one annex.
	 *
	 * @param ancre an id for links, e.g. "annexe-equipements"
	 */
	public record Rubrique(String ancre, String titre, Etat etat, List<Texte> textes, List<Tableau> tableaux) {

		public boolean identique() {
			return this.etat == Etat.IDENTIQUE;
		}

		public long changements() {
			return this.textes.stream().filter((t) -> t.etat() != Etat.IDENTIQUE).count()
					+ this.tableaux.stream().filter((t) -> t.etat() != Etat.IDENTIQUE).count();
		}

	}

	/**
	 * A text compared word by word (an article, an annex passage, the parties).
	 *
	 * @param numeroAvant "Article 3" before, empty if none
	 * @param numeroApres "Article 4" after, empty if none
	 * @param titreHtml the title's comparison when it changed, else null
	 * @param html escaped text with {@code <del>}/{@code <ins>} around the changes, line
	 * breaks as {@code \n}
	 */
	public record Texte(String titre, Etat etat, String numeroAvant, String numeroApres, String titreHtml, String html,
			int motsSupprimes, int motsAjoutes) {

		/** {@link #html} with "supprimé :" / "ajouté :" for screen readers. */
		public String htmlLisible() {
			return lisible(this.html);
		}

		public String titreHtmlLisible() {
			return (this.titreHtml == null) ? null : lisible(this.titreHtml);
		}

		/** The same article under another number. */
		public boolean renumerote() {
			return !this.numeroAvant.isEmpty() && !this.numeroApres.isEmpty()
					&& !this.numeroAvant.equals(this.numeroApres);
		}

	}

	/**
	 * A table compared row by row: only the rows that differ are listed.
	 *
	 * @param lignesIdentiques how many rows did not change
	 */
	public record Tableau(String titre, Etat etat, List<String> colonnes, int lignesIdentiques, List<Ligne> lignes) {
	}

	/** A row added, removed or modified. */
	public record Ligne(Etat etat, List<Cellule> cellules) {
	}

	/** A cell: its value before and after (the same unless modified). */
	public record Cellule(String colonne, String avant, String apres) {

		public boolean modifiee() {
			return !this.avant.equals(this.apres);
		}

	}

}
