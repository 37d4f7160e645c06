package fr.atelierctg.annexe.competences;

import java.util.List;
import java.util.Map;

import fr.atelierctg.common.francais.NombresFr;
import org.jspecify.annotations.Nullable;

/**
 * A row of a convention's AO table as shown and printed.
 *
 * @param id 0 while the row of a signatory is not stored yet (opening the table stores
 * it)
 * @param signataireId the part the row belongs to: the commune when it signs, else the
 * signatory EPCI; its chargé(e) de coopération may edit it
 * @param sirenEpci for a commune, the signatory EPCI it belongs to (from the
 * referential), to which it may transfer competences
 * @param signataire the collectivité itself signs the convention (its row cannot be
 * removed)
 * @param populationReferentiel INSEE population totale from the referential, with its
 * source and year; absent for a groupement and for the few communes without one
 * @param populationSaisie typed on the row with its source and year; wins over the
 * referential's
 * @param exercices for a commune, the four competences; empty for a groupement
 * @param transferts for a groupement, per competence, the communes of the table that
 * transfer it and their population (computed, never typed); empty for a commune
 * @param constats the findings of the check on this row
 */
public record LigneAo(long id, NatureLigne nature, long signataireId, String code, String nom,
		@Nullable String sirenEpci, boolean signataire, @Nullable Population populationReferentiel,
		@Nullable Population populationSaisie, Map<Competence, Exercice> exercices,
		Map<Competence, Transferts> transferts, List<Constat> constats, long version) {

	public LigneAo {
		exercices = Map.copyOf(exercices);
		transferts = Map.copyOf(transferts);
		constats = List.copyOf(constats);
	}

	public boolean estUneCommune() {
		return this.nature == NatureLigne.COMMUNE;
	}

	/** The anchor of the row in the page, for the links of the check report. */
	public String ancre() {
		return "ligne-" + this.code;
	}

	/** The figure the thresholds use: the typed one if any, else the referential's. */
	public @Nullable Population populationRetenue() {
		return (this.populationSaisie != null) ? this.populationSaisie : this.populationReferentiel;
	}

	/** "À titre facultatif" is for 3° and 4° at or below 3 500 inhabitants only. */
	public boolean facultatifPossible(Competence competence) {
		Population population = populationRetenue();
		return !competence.obligatoirePourToutes()
				&& (population == null || population.valeur() <= Obligations.SEUIL_PLANIFICATION);
	}

	public @Nullable Exercice exercice(Competence competence) {
		return this.exercices.get(competence);
	}

	public @Nullable Transferts transferts(Competence competence) {
		return this.transferts.get(competence);
	}

	/**
	 * "Exercée par la commune" on a commune's row; "Transférée par 3 des 43 communes à
	 * l'EPCI", "Transférée par l'ensemble des communes à l'EPCI" or "Non transférée" on a
	 * groupement's.
	 */
	public String libelle(Competence competence) {
		if (estUneCommune()) {
			Exercice exercice = exercice(competence);
			return (exercice == null) ? "" : switch (exercice) {
				case EXERCEE_PAR_LA_COMMUNE -> "Exercée par la commune";
				case EXERCEE_A_TITRE_FACULTATIF -> "Exercée par la commune à titre facultatif";
				case TRANSFEREE_A_L_EPCI -> "Transférée par la commune à l'EPCI";
				case NON_EXERCEE -> "Non exercée";
			};
		}
		Transferts transferts = transferts(competence);
		if (transferts == null || transferts.communes() == 0) {
			return "Non transférée";
		}
		if (transferts.parToutes()) {
			return "Transférée par l'ensemble des communes à l'EPCI";
		}
		if (transferts.membres() > 0) {
			return "Transférée par " + NombresFr.entier(transferts.communes()) + " des "
					+ NombresFr.entier(transferts.membres()) + " communes à l'EPCI";
		}
		return "Transférée par " + NombresFr.entier(transferts.communes())
				+ ((transferts.communes() > 1) ? " communes" : " commune") + " à l'EPCI";
	}

	/**
	 * On a groupement's row, "Population totale des communes ayant transféré cette
	 * compétence : 25 000 habitants" (computed, III of art. L. 214-1-3 CASF); empty
	 * otherwise.
	 */
	public String populationTransfereeEnClair(Competence competence) {
		Transferts transferts = transferts(competence);
		if (estUneCommune() || transferts == null || transferts.communes() == 0) {
			return "";
		}
		return "Population totale des communes ayant transféré cette compétence : "
				+ Population.habitants(transferts.population());
	}

	public long erreurs() {
		return this.constats.stream().filter(Constat::estBloquant).count();
	}

	public long avertissements() {
		return this.constats.size() - erreurs();
	}

	/**
	 * How the communes of the table transfer one competence to a groupement.
	 *
	 * @param communes the communes of the table that transfer it
	 * @param membres the member communes of the EPCI in the referential
	 * @param population population totale of the transferring communes (III of art. L.
	 * 214-1-3 CASF)
	 */
	public record Transferts(int communes, int membres, int population) {

		public boolean parToutes() {
			return this.communes > 0 && this.communes == this.membres;
		}

	}

}
