package fr.atelierctg.annexe.equipements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionIntrouvable;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.referentiel.CommuneRef;
import fr.atelierctg.referentiel.NomRecherche;
import fr.atelierctg.referentiel.ReferentielApi;
import fr.atelierctg.tenancy.TenancyApi;

/**
 * Annex 2 of a convention: the list of équipements et services of each signatory
 * collectivité. A CSV import replaces a list all or nothing: a file with one faulty line
 * changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class EquipementsApi {

	private final ConventionApi conventions;

	private final ReferentielApi referentiel;

	private final EquipementRepository equipements;

	private final TenancyApi tenancy;

	EquipementsApi(ConventionApi conventions, ReferentielApi referentiel, EquipementRepository equipements,
			TenancyApi tenancy) {
		this.conventions = conventions;
		this.referentiel = referentiel;
		this.equipements = equipements;
		this.tenancy = tenancy;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
	public ResultatImport importer(long conventionId, long signataireId, byte[] fichier) {
		ConventionLue convention = this.conventions.lire(conventionId);
		collectivite(convention, signataireId);
		String departement = this.tenancy.caf(convention.cafId()).codeDepartement();
		ResultatImport resultat = ImportEquipements.lire(fichier, (saisie) -> codeInsee(saisie, departement));
		if (resultat instanceof ResultatImport.Valide valide) {
			this.equipements.supprimerLaListe(conventionId, signataireId);
			int ordre = 0;
			for (LigneEquipement ligne : valide.lignes()) {
				this.equipements.save(new Equipement(conventionId, signataireId, ++ordre, ligne));
			}
		}
		return resultat;
	}

	/** The lists of the convention, by signatory id, in the order of the signatories. */
	public Map<Long, List<LigneEquipement>> listes(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		Map<Long, List<LigneEquipement>> listes = new LinkedHashMap<>();
		convention.collectivites().forEach((s) -> listes.put(s.id(), new java.util.ArrayList<>()));
		for (Equipement equipement : this.equipements.findByConventionIdOrderBySignataireIdAscOrdreAsc(conventionId)) {
			listes.computeIfAbsent(equipement.getSignataireId(), (id) -> new java.util.ArrayList<>())
				.add(equipement.ligne());
		}
		return listes;
	}

	public List<LigneEquipement> liste(long conventionId, long signataireId) {
		collectivite(this.conventions.lire(conventionId), signataireId);
		return this.equipements.findByConventionIdAndSignataireIdOrderByOrdreAsc(conventionId, signataireId)
			.stream()
			.map(Equipement::ligne)
			.toList();
	}

	static SignataireLu collectivite(ConventionLue convention, long signataireId) {
		return convention.collectivites()
			.stream()
			.filter((s) -> s.id() == signataireId)
			.findFirst()
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Collectivité signataire", signataireId));
	}

	/**
	 * A commune typed by INSEE code, or by its exact name (accents, hyphens and "st"
	 * aside); among homonyms, the one of the Caf's département.
	 */
	private Optional<String> codeInsee(String saisie, String departement) {
		String texte = saisie.strip();
		if (texte.matches("[0-9][0-9AB][0-9]{3}")) {
			return this.referentiel.commune(texte).map(CommuneRef::codeInsee);
		}
		String cherche = NomRecherche.normaliser(texte);
		return this.referentiel.rechercherCommunes(texte, 5)
			.stream()
			.filter((commune) -> NomRecherche.normaliser(commune.nom()).equals(cherche))
			.min(java.util.Comparator.comparing((CommuneRef commune) -> !commune.codeDepartement().equals(departement)))
			.map(CommuneRef::codeInsee);
	}

}
