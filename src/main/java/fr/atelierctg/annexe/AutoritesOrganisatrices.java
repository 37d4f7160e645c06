package fr.atelierctg.annexe;

import java.util.List;

import fr.atelierctg.convention.ConventionLue;

/**
 * The autorités organisatrices (AO) of the convention's competence table that hold the
 * planning competence (3° of art. L. 214-1-3 CASF): the early-childhood projection tables
 * are drawn up for each of them. Implemented by the competence table
 * ({@code annexe.competences}), read by the projections ({@code annexe.projections}).
 */
public interface AutoritesOrganisatrices {

	/**
	 * In the order of the table: communes exercising 3° themselves (mandatorily or à
	 * titre facultatif), then groupements to which at least one commune transfers it.
	 */
	List<AutoritePlanification> planification(ConventionLue convention);

	/**
	 * @param code INSEE code of a commune, SIREN of a groupement: stable key of the AO
	 * @param nom "Marmande", "Val de Garonne Agglomération"
	 * @param signataireId the signatory whose part this is (the commune itself, or the
	 * signatory EPCI for its member communes and for itself): its chargé(e) de
	 * coopération may edit the projections
	 */
	record AutoritePlanification(String code, String nom, long signataireId) {
	}

}
