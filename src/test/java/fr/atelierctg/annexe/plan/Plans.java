package fr.atelierctg.annexe.plan;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.UtilisateurConnecte;
import fr.atelierctg.tenancy.UtilisateurVue;

/**
 * A convention of the Caf de Lot-et-Garonne (Val de Garonne Agglomération, Agmé, Le
 * Mas-d'Agenais, Marmande) and the people who work on its plan d'actions.
 */
@Component
class Plans {

	private final Scenario scenario;

	private final ConventionApi conventions;

	private final TenancyApi tenancy;

	Plans(Scenario scenario, ConventionApi conventions, TenancyApi tenancy) {
		this.scenario = scenario;
		this.conventions = conventions;
		this.tenancy = tenancy;
	}

	CafVue caf(String departement) {
		return this.scenario.caf(departement);
	}

	Convention nouvelle() {
		CafVue caf = this.scenario.caf("47");
		UtilisateurConnecte conseiller = Comptes.utilisateur(caf.id(), Role.CONSEILLER);
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(caf);
		ConventionLue lue = Comptes.en(conseiller, () -> this.conventions.lire(id));
		return new Convention(caf, conseiller, lue, signataire(lue, TypeSignataire.CAF, null),
				signataire(lue, TypeSignataire.EPCI, null), signataire(lue, TypeSignataire.COMMUNE, "Agmé"),
				signataire(lue, TypeSignataire.COMMUNE, "Marmande"));
	}

	/**
	 * A real account (its id can be assigned), chargé(e) of Val de Garonne Agglomération.
	 */
	UtilisateurConnecte chargeVga(CafVue caf, String prenom, String nom) {
		UtilisateurVue vue = this.tenancy.creerUtilisateur(caf.id(),
				new TenancyApi.NouvelUtilisateur("charge-" + UUID.randomUUID(), "motdepasse-test", prenom, nom, null,
						Role.CHARGE_COOPERATION, Set.of(Scenario.SIREN_VGA)));
		return new UtilisateurConnecte(vue.id(), caf.id(), vue.identifiant(), "", prenom + " " + nom,
				Role.CHARGE_COOPERATION, vue.sirenCollectivites(), true);
	}

	private static long signataire(ConventionLue convention, TypeSignataire type, String nom) {
		return convention.signataires()
			.stream()
			.filter((s) -> s.type() == type && (nom == null || s.identite().nom().equals(nom)))
			.findFirst()
			.orElseThrow()
			.id();
	}

	static FicheActionCommande fiche(Long axeId, String intitule, Long pilote, Long charge) {
		return new FicheActionCommande(axeId, intitule, "", "", "", "", "", "", "", "", "", "", pilote, charge, null);
	}

	static FicheActionCommande fiche(Long axeId, String intitule, Long pilote) {
		return fiche(axeId, intitule, pilote, null);
	}

	record Convention(CafVue caf, UtilisateurConnecte conseiller, ConventionLue lue, long caisse, long epci, long agme,
			long marmande) {

		long id() {
			return this.lue.id();
		}

	}

}
