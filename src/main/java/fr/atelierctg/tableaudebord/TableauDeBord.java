package fr.atelierctg.tableaudebord;

import java.time.LocalDate;
import java.util.List;

import fr.atelierctg.convention.StatutConvention;
import org.jspecify.annotations.Nullable;

/**
 * The figures of the Caf's dashboard on one day (the page and the API show the same).
 *
 * @param echeances conventions (neither échue nor résiliée) ending within twelve months,
 * soonest first
 * @param verifications the check report of each convention still being drafted
 * (brouillon, en concertation, en relecture)
 * @param alertesAo conventions (neither échue nor résiliée) whose AO table has a commune
 * or groupement above 10 000 inhabitants without relais petite enfance
 */
record TableauDeBord(LocalDate date, String caf, int nombreConventions, List<NombreParStatut> parStatut,
		List<LigneConvention> echeances, CouvertureDepartement couverture, List<VerificationOuverte> verifications,
		List<AlerteAo> alertesAo) {

	public long erreursBloquantes() {
		return this.verifications.stream().mapToLong(VerificationOuverte::erreurs).sum();
	}

	public long collectivitesSansRelais() {
		return this.alertesAo.stream().mapToLong((a) -> a.collectivites().size()).sum();
	}

	record NombreParStatut(StatutConvention statut, String libelle, long nombre) {
	}

	/**
	 * @param communes how many communes the département has
	 * @param population the population of the département (sum of its communes')
	 * @param aujourdhui covered by signed conventions on the day
	 * @param evolution on 1 January of the past and coming years
	 * @param source where the populations come from
	 */
	record CouvertureDepartement(String codeDepartement, String nomDepartement, int communes, long population,
			Couverture.Point aujourdhui, List<Couverture.Annee> evolution, String source) {
	}

	/**
	 * @param lien the page of the check report
	 */
	record VerificationOuverte(LigneConvention convention, long erreurs, long avertissements, String lien) {
	}

	record AlerteAo(LigneConvention convention, List<CollectiviteSansRelais> collectivites) {
	}

	/**
	 * @param commune a commune, else a groupement (EPCI) holding the competences of
	 * communes that transferred them
	 * @param population the population the AO rule used, when known
	 * @param lien its row in the AO table
	 */
	record CollectiviteSansRelais(String code, String nom, boolean commune, @Nullable Integer population, String lien) {
	}

}
