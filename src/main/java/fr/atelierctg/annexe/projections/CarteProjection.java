package fr.atelierctg.annexe.projections;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A projection table as the page shows it: every value already a string (as stored, or as
 * typed when the save was refused), every field with its name, id and error.
 *
 * @param ancre id of the card in the page
 * @param zone "" for the whole territory
 * @param graphique inline SVG written by {@link GraphiquePlaces} ("" without places)
 * @param erreurVersion the save was made over another user's
 */
public record CarteProjection(String ancre, String codeAo, String zone, String titre, long version, boolean modifiable,
		List<String> colonnes, List<Ligne> lignes, Champ etpVacants, Champ etpACreer, Champ competences,
		Champ autresBesoins, List<LigneProjet> projets, List<String> horsPeriode, String graphique,
		@Nullable String erreurVersion, boolean enErreur) {

	/** A field: name sent by the form, id in the page, value, error next to it. */
	public record Champ(String nom, String id, String valeur, @Nullable String erreur, String libelle) {
	}

	/** A row of the grid: the mode of care or device, its unit, one cell per column. */
	public record Ligne(String libelle, String unite, boolean decimale, List<Champ> cellules) {
	}

	/** A row of the projects' list. */
	public record LigneProjet(int index, Champ type, String libelleType, Champ description, Champ cout,
			Champ anneeCible, boolean ingenierieNecessaire, String idIngenierieNecessaire, Champ ingenierie) {
	}

	/** The choices of a project's type: key and label. */
	public record Choix(String cle, String libelle) {
	}

	public List<Choix> types() {
		return java.util.Arrays.stream(TypeProjet.values()).map((t) -> new Choix(t.name(), t.libelle())).toList();
	}

	public boolean territoireEntier() {
		return this.zone.isEmpty();
	}

}
