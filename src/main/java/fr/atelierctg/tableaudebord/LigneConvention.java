package fr.atelierctg.tableaudebord;

import java.time.LocalDate;

import fr.atelierctg.convention.ConventionResume;
import fr.atelierctg.convention.StatutConvention;

/**
 * A convention as the dashboard and the search list it.
 *
 * @param lien its page, relative to the application
 */
record LigneConvention(long id, String titre, String territoire, LocalDate debut, LocalDate fin,
		StatutConvention statut, String libelleStatut, int nombreSignataires, String lien) {

	static LigneConvention de(ConventionResume c) {
		return new LigneConvention(c.id(), c.titre(), c.territoire(), c.periode().debut(), c.periode().fin(),
				c.statut(), c.statut().libelle(), c.nombreSignataires(), "/conventions/" + c.id());
	}

}
