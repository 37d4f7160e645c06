package fr.atelierctg.annexe.projections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.annexe.AutoritesOrganisatrices;
import fr.atelierctg.annexe.AutoritesOrganisatrices.AutoritePlanification;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ElementIntrouvable;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.DroitsEdition;

/**
 * The early-childhood projection tables of a convention: one per autorité organisatrice
 * holding the planning competence, plus one per zone it names. A Caf conseiller or
 * directeur edits every table; a chargé(e) de coopération those of the AO whose part is
 * theirs (the signatory of the AO, see {@link AutoritePlanification#signataireId()}).
 */
@Service
@Transactional(readOnly = true)
class ProjectionsApi {

	static final int ZONE_LONGUEUR_MAX = 100;

	private final ConventionApi conventions;

	private final AutoritesOrganisatrices autorites;

	private final TableauProjectionRepository tableaux;

	private final DroitsEdition droits;

	ProjectionsApi(ConventionApi conventions, AutoritesOrganisatrices autorites, TableauProjectionRepository tableaux,
			DroitsEdition droits) {
		this.conventions = conventions;
		this.autorites = autorites;
		this.tableaux = tableaux;
		this.droits = droits;
	}

	/** The tables of a convention for the current period. */
	Projections lire(long conventionId) {
		return lire(this.conventions.lire(conventionId));
	}

	/**
	 * Every AO in the order of the competence table, each with its whole-territory table
	 * first (empty if never saved), then its zones in the order they were added.
	 */
	Projections lire(ConventionLue convention) {
		List<String> colonnes = Colonnes.de(convention.periode());
		Map<String, List<TableauProjection>> parAo = this.tableaux.findByConventionIdOrderByIdAsc(convention.id())
			.stream()
			.collect(Collectors.groupingBy(TableauProjection::getCodeAo));
		List<Projections.Autorite> lues = new ArrayList<>();
		for (AutoritePlanification ao : this.autorites.planification(convention)) {
			List<TableauProjection> stockes = parAo.getOrDefault(ao.code(), List.of());
			List<TableauLu> tableaux = new ArrayList<>();
			tableaux.add(stockes.stream()
				.filter((t) -> t.getZone().isEmpty())
				.findFirst()
				.map((t) -> t.lu(colonnes))
				.orElseGet(() -> TableauLu.vide(ao.code(), "")));
			stockes.stream().filter((t) -> !t.getZone().isEmpty()).forEach((t) -> tableaux.add(t.lu(colonnes)));
			lues.add(new Projections.Autorite(ao, this.droits.peutEditer(convention, ao.signataireId()),
					List.copyOf(tableaux)));
		}
		return new Projections(convention, colonnes, List.copyOf(lues));
	}

	/**
	 * Saves a whole table, all or nothing; creates it (and its zone) if needed.
	 * @param zone "" for the AO's whole territory
	 * @throws DonneesInvalides a French message per faulty cell, nothing saved
	 */
	@Transactional
	TableauLu enregistrer(long conventionId, String codeAo, String zone, SaisieProjection saisie) {
		ConventionLue convention = this.conventions.lire(conventionId);
		AutoritePlanification ao = autoriteModifiable(convention, codeAo);
		String nomZone = zone(zone);
		ContenuProjection contenu = ValidationProjection.valider(saisie, convention.periode());
		List<String> colonnes = Colonnes.de(convention.periode());
		TableauProjection tableau = this.tableaux.findByConventionIdAndCodeAoAndZone(conventionId, ao.code(), nomZone)
			.orElseGet(() -> this.tableaux.saveAndFlush(new TableauProjection(conventionId, ao.code(), nomZone)));
		tableau.enregistrer(saisie.version(), colonnes, contenu);
		this.tableaux.flush();
		return tableau.lu(colonnes);
	}

	/** Splits an AO's territory: adds an empty table for a named zone. */
	@Transactional
	TableauLu ajouterZone(long conventionId, String codeAo, String nom) {
		ConventionLue convention = this.conventions.lire(conventionId);
		AutoritePlanification ao = autoriteModifiable(convention, codeAo);
		String zone = zone(nom);
		if (zone.isEmpty()) {
			throw DonneesInvalides.sur("zone", "Nommez la zone (par exemple « QPV Baylac » ou « secteur nord »).");
		}
		boolean existe = this.tableaux.findByConventionIdOrderByIdAsc(conventionId)
			.stream()
			.anyMatch((t) -> t.getCodeAo().equals(ao.code()) && t.getZone().equalsIgnoreCase(zone));
		if (existe) {
			throw DonneesInvalides.sur("zone", "Cette zone existe déjà pour " + ao.nom() + ".");
		}
		return this.tableaux.save(new TableauProjection(conventionId, ao.code(), zone))
			.lu(Colonnes.de(convention.periode()));
	}

	/** Removes a zone's table and everything typed in it. */
	@Transactional
	void retirerZone(long conventionId, String codeAo, String zone) {
		ConventionLue convention = this.conventions.lire(conventionId);
		AutoritePlanification ao = autoriteModifiable(convention, codeAo);
		this.tableaux.findByConventionIdAndCodeAoAndZone(conventionId, ao.code(), zone(zone))
			.ifPresent(this.tableaux::delete);
	}

	private AutoritePlanification autoriteModifiable(ConventionLue convention, String codeAo) {
		AutoritePlanification ao = this.autorites.planification(convention)
			.stream()
			.filter((a) -> a.code().equals(codeAo))
			.findFirst()
			.orElseThrow(() -> new ElementIntrouvable("Autorité organisatrice " + codeAo + " introuvable"));
		this.droits.verifierEdition(convention, ao.signataireId());
		return ao;
	}

	private static String zone(String saisie) {
		String zone = (saisie == null) ? "" : saisie.strip().replaceAll("\\s+", " ");
		if (zone.length() > ZONE_LONGUEUR_MAX) {
			throw DonneesInvalides.sur("zone",
					"Le nom de la zone ne peut dépasser " + ZONE_LONGUEUR_MAX + " caractères.");
		}
		return zone;
	}

	/**
	 * The tables of a convention.
	 *
	 * @param colonnes "actuel", then each year of the period
	 */
	record Projections(ConventionLue convention, List<String> colonnes, List<Autorite> autorites) {

		/**
		 * @param modifiable whether the current user may change this AO's tables
		 */
		record Autorite(AutoritePlanification ao, boolean modifiable, List<TableauLu> tableaux) {
		}

	}

}
