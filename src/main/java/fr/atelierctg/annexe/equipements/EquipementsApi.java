package fr.atelierctg.annexe.equipements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ModificationConcurrente;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.DroitsEdition;
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

	private final DroitsEdition droits;

	EquipementsApi(ConventionApi conventions, ReferentielApi referentiel, EquipementRepository equipements,
			TenancyApi tenancy, DroitsEdition droits) {
		this.droits = droits;
		this.conventions = conventions;
		this.referentiel = referentiel;
		this.equipements = equipements;
		this.tenancy = tenancy;
	}

	/**
	 * Replaces the list of a collectivité by the file's rows, or changes nothing and
	 * reports every faulty line. For Caf editors and the collectivité's chargé(e).
	 */
	@Transactional
	public ResultatImport importer(long conventionId, long signataireId, byte[] fichier) {
		ConventionLue convention = modifiable(conventionId, signataireId);
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

	/** Adds one row at the end of the collectivité's list. */
	@Transactional
	public EquipementLu ajouter(long conventionId, long signataireId, SaisieEquipement saisie) {
		ConventionLue convention = modifiable(conventionId, signataireId);
		LigneEquipement ligne = verifiee(convention, saisie);
		int ordre = this.equipements.findByConventionIdAndSignataireIdOrderByOrdreAsc(conventionId, signataireId)
			.stream()
			.mapToInt(Equipement::getOrdre)
			.max()
			.orElse(0) + 1;
		return this.equipements.saveAndFlush(new Equipement(conventionId, signataireId, ordre, ligne)).lu();
	}

	static final String EQUIPEMENT_CONCURRENT = "Quelqu'un d'autre a enregistré cet équipement depuis que vous "
			+ "l'avez ouvert : votre saisie n'a pas été enregistrée. Comparez avec sa version, corrigez si besoin, "
			+ "puis enregistrez de nouveau.";

	/** Changes one row; refused if somebody changed it since {@code saisie.version()}. */
	@Transactional
	public EquipementLu modifier(long conventionId, long signataireId, long equipementId, SaisieEquipement saisie) {
		ConventionLue convention = modifiable(conventionId, signataireId);
		Equipement equipement = existant(conventionId, signataireId, equipementId);
		if (saisie.version() != null && saisie.version() != equipement.getVersion()) {
			throw new ModificationConcurrente(EQUIPEMENT_CONCURRENT, equipement.lu());
		}
		equipement.modifier(verifiee(convention, saisie));
		return ModificationConcurrente.siDevance(() -> this.equipements.saveAndFlush(equipement).lu(),
				EQUIPEMENT_CONCURRENT);
	}

	@Transactional
	public void supprimer(long conventionId, long signataireId, long equipementId) {
		modifiable(conventionId, signataireId);
		this.equipements.delete(existant(conventionId, signataireId, equipementId));
	}

	public EquipementLu equipement(long conventionId, long signataireId, long equipementId) {
		collectivite(this.conventions.lire(conventionId), signataireId);
		return existant(conventionId, signataireId, equipementId).lu();
	}

	/** The rows of a collectivité with their ids, for editing. */
	public List<EquipementLu> equipements(long conventionId, long signataireId) {
		collectivite(this.conventions.lire(conventionId), signataireId);
		return this.equipements.findByConventionIdAndSignataireIdOrderByOrdreAsc(conventionId, signataireId)
			.stream()
			.map(Equipement::lu)
			.toList();
	}

	/**
	 * Every row of the convention with its id, by signatory id, in the signatories'
	 * order.
	 */
	public Map<Long, List<EquipementLu>> tous(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		Map<Long, List<EquipementLu>> listes = new LinkedHashMap<>();
		convention.collectivites().forEach((s) -> listes.put(s.id(), new java.util.ArrayList<>()));
		for (Equipement equipement : this.equipements.findByConventionIdOrderBySignataireIdAscOrdreAsc(conventionId)) {
			listes.computeIfAbsent(equipement.getSignataireId(), (id) -> new java.util.ArrayList<>())
				.add(equipement.lu());
		}
		return listes;
	}

	private ConventionLue modifiable(long conventionId, long signataireId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		collectivite(convention, signataireId);
		this.droits.verifierEdition(convention, signataireId);
		return convention;
	}

	private LigneEquipement verifiee(ConventionLue convention, SaisieEquipement saisie) {
		String departement = this.tenancy.caf(convention.cafId()).codeDepartement();
		ImportEquipements.LigneVerifiee verifiee = ImportEquipements.verifier(saisie,
				(commune) -> codeInsee(commune, departement));
		if (verifiee.ligne() == null) {
			throw new DonneesInvalides(verifiee.erreurs());
		}
		return verifiee.ligne();
	}

	private Equipement existant(long conventionId, long signataireId, long equipementId) {
		return this.equipements.findById(equipementId)
			.filter((e) -> e.getConventionId() == conventionId && e.getSignataireId() == signataireId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Équipement", equipementId));
	}

	/** The lists of the convention, by signatory id, in the order of the signatories. */
	public Map<Long, List<LigneEquipement>> listes(long conventionId) {
		Map<Long, List<LigneEquipement>> listes = new LinkedHashMap<>();
		tous(conventionId).forEach((signataire, equipements) -> listes.put(signataire, lignes(equipements)));
		return listes;
	}

	public List<LigneEquipement> liste(long conventionId, long signataireId) {
		return lignes(equipements(conventionId, signataireId));
	}

	private static List<LigneEquipement> lignes(List<EquipementLu> equipements) {
		return equipements.stream().map(EquipementLu::ligne).toList();
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
