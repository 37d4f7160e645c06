package fr.atelierctg.annexe.pilotage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.annexe.pilotage.PilotageCommande.DelegationCommande;
import fr.atelierctg.annexe.pilotage.PilotageLu.ChargeCooperationLu;
import fr.atelierctg.annexe.pilotage.PilotageLu.ComitePilotageLu;
import fr.atelierctg.annexe.pilotage.PilotageLu.ComiteTechniqueLu;
import fr.atelierctg.annexe.pilotage.PilotageLu.DelegationLue;
import fr.atelierctg.annexe.pilotage.PilotageLu.MembreCopilLu;
import fr.atelierctg.annexe.pilotage.PilotageLu.MembreTechniqueLu;
import fr.atelierctg.annexe.pilotage.PilotageLu.PresidenceLue;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionIntrouvable;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;
import fr.atelierctg.convention.DroitsEdition;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.modele.Gabarit;
import fr.atelierctg.modele.Gabarit.Valeur;
import fr.atelierctg.modele.ModeleApi;
import fr.atelierctg.modele.ModeleConvention;
import fr.atelierctg.tenancy.TenancyApi;

/**
 * Annex 4 of a convention. The Caf's conseillers and directeurs change all of it; the
 * chargé·e de coopération of a collectivité changes only the members that collectivité
 * designates to the comité de pilotage. Each save is all or nothing.
 */
@Service
@Transactional(readOnly = true)
public class PilotageApi {

	static final String MODIFIEE_ENTRE_TEMPS = "Cette partie de l'annexe a été modifiée par quelqu'un d'autre depuis "
			+ "que vous l'avez ouverte. Rechargez la page pour voir sa dernière version avant de la modifier.";

	private final ConventionApi conventions;

	private final ModeleApi modeles;

	private final TenancyApi tenancy;

	private final DroitsEdition droits;

	private final PilotageRepository pilotages;

	private final DelegationRepository delegations;

	PilotageApi(ConventionApi conventions, ModeleApi modeles, TenancyApi tenancy, DroitsEdition droits,
			PilotageRepository pilotages, DelegationRepository delegations) {
		this.conventions = conventions;
		this.modeles = modeles;
		this.tenancy = tenancy;
		this.droits = droits;
		this.pilotages = pilotages;
		this.delegations = delegations;
	}

	public PilotageLu lire(long conventionId) {
		return lire(this.conventions.lire(conventionId));
	}

	PilotageLu lire(ConventionLue convention) {
		Optional<Pilotage> pilotage = this.pilotages.findByConventionId(convention.id());
		Pilotage.Organisation organisation = pilotage.map(Pilotage::organisation).orElse(Pilotage.Organisation.VIDE);
		Map<Long, Delegation> parSignataire = new java.util.HashMap<>();
		this.delegations.findByConventionId(convention.id()).forEach((d) -> parSignataire.put(d.getSignataireId(), d));
		List<DelegationLue> delegationsLues = convention.signataires()
			.stream()
			.map((s) -> delegation(s, parSignataire.get(s.id())))
			.toList();
		List<ChargeCooperationLu> charges = organisation.charges()
			.stream()
			.map((c) -> new ChargeCooperationLu(c.nom(), c.signataireId(),
					nomOuTexte(convention, c.signataireId(), c.employeur()), c.etp(), c.financementCaf()))
			.toList();
		return new PilotageLu(pilotage.map((p) -> p.getVersion() + 1).orElse(0L), presidence(convention),
				new ComitePilotageLu(delegationsLues, organisation.frequenceCopil(),
						organisation.precisionFrequenceCopil(), organisation.missionsCopil()),
				new ComiteTechniqueLu(
						organisation.membresTechniques()
							.stream()
							.map((m) -> new MembreTechniqueLu(m.nom(), m.fonction(), m.signataireId(),
									nomOuTexte(convention, m.signataireId(), m.organisme())))
							.toList(),
						organisation.frequenceTechnique(), organisation.precisionFrequenceTechnique(),
						organisation.missionsTechnique()),
				organisation.commissions(), charges,
				charges.stream().map(ChargeCooperationLu::etp).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/** The members one signatory designates to the comité de pilotage. */
	public DelegationLue delegation(long conventionId, long signataireId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		SignataireLu signataire = signataire(convention, signataireId);
		return delegation(signataire,
				this.delegations.findByConventionIdAndSignataireId(conventionId, signataireId).orElse(null));
	}

	/**
	 * Replaces the Caf's part of the annex and, if the command lists them, the members of
	 * those signatories. Caf conseillers and directeurs only.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else
	 * @throws DonneesInvalides with a message per faulty field; nothing is saved
	 */
	@Transactional
	public PilotageLu enregistrer(long conventionId, PilotageCommande commande) {
		ConventionLue convention = this.conventions.lire(conventionId);
		this.droits.verifierRedactionCaf(convention);
		ValidationPilotage validation = validation(convention);
		Pilotage.Organisation organisation = validation.organisation(commande);
		List<DelegationCommande> listes = (commande.comitePilotage() == null
				|| commande.comitePilotage().delegations() == null)
						? List.of()
						: commande.comitePilotage()
							.delegations()
							.stream()
							.map((d) -> (d == null) ? vide() : d)
							.toList();
		List<List<MembreCopilLu>> membres = new ArrayList<>();
		Set<Long> vus = new HashSet<>();
		for (int k = 0; k < listes.size(); k++) {
			String chemin = "comitePilotage.delegations[" + k + "]";
			DelegationCommande liste = listes.get(k);
			validation.signataire(chemin + ".signataireId", liste.signataireId());
			if (liste.signataireId() != null && !vus.add(liste.signataireId())) {
				throw DonneesInvalides.sur(chemin + ".signataireId", "Ce signataire figure deux fois.");
			}
			membres.add(validation.membresCopil(chemin + ".membres", liste.membres()));
		}
		validation.verifier();
		Pilotage pilotage = this.pilotages.findByConventionId(conventionId).orElse(null);
		verifierVersion("version", commande.version(), (pilotage == null) ? 0 : pilotage.getVersion() + 1);
		List<Delegation> aEnregistrer = new ArrayList<>();
		for (int k = 0; k < listes.size(); k++) {
			Delegation delegation = delegationAModifier(conventionId, listes.get(k).signataireId(),
					"comitePilotage.delegations[" + k + "].version", listes.get(k).version());
			delegation.remplacer(membres.get(k));
			aEnregistrer.add(delegation);
		}
		if (pilotage == null) {
			pilotage = new Pilotage(conventionId);
		}
		pilotage.remplacer(organisation);
		this.pilotages.save(pilotage);
		this.delegations.saveAll(aEnregistrer);
		enregistrerMaintenant("version");
		return lire(convention);
	}

	/**
	 * Replaces the members a signatory designates to the comité de pilotage: Caf
	 * conseillers and directeurs, or the chargé·e de coopération of that signatory.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else
	 * @throws DonneesInvalides with a message per faulty field; nothing is saved
	 */
	@Transactional
	public DelegationLue enregistrerDelegation(long conventionId, long signataireId, DelegationCommande commande) {
		ConventionLue convention = this.conventions.lire(conventionId);
		SignataireLu signataire = signataire(convention, signataireId);
		this.droits.verifierEdition(convention, signataireId);
		ValidationPilotage validation = validation(convention);
		List<MembreCopilLu> membres = validation.membresCopil("membres", commande.membres());
		validation.verifier();
		Delegation delegation = delegationAModifier(conventionId, signataireId, "version", commande.version());
		delegation.remplacer(membres);
		this.delegations.save(delegation);
		enregistrerMaintenant("version");
		return delegation(signataire, delegation);
	}

	private Delegation delegationAModifier(long conventionId, @Nullable Long signataireId, String champVersion,
			@Nullable Long version) {
		long id = java.util.Objects.requireNonNull(signataireId);
		Delegation delegation = this.delegations.findByConventionIdAndSignataireId(conventionId, id).orElse(null);
		verifierVersion(champVersion, version, (delegation == null) ? 0 : delegation.getVersion() + 1);
		return (delegation == null) ? new Delegation(conventionId, id) : delegation;
	}

	/**
	 * Writes now, so that a save that raced another one (same version read, both
	 * committing) is refused with the same message as a stale form.
	 */
	private void enregistrerMaintenant(String champVersion) {
		try {
			this.delegations.flush();
		}
		catch (org.springframework.dao.OptimisticLockingFailureException
				| org.springframework.dao.DataIntegrityViolationException ex) {
			throw DonneesInvalides.sur(champVersion, MODIFIEE_ENTRE_TEMPS);
		}
	}

	private static void verifierVersion(String champ, @Nullable Long lue, long actuelle) {
		if (lue != null && lue != actuelle) {
			throw DonneesInvalides.sur(champ, MODIFIEE_ENTRE_TEMPS);
		}
	}

	private static DelegationCommande vide() {
		return new DelegationCommande(null, List.of(), null);
	}

	private static ValidationPilotage validation(ConventionLue convention) {
		return new ValidationPilotage((id) -> convention.signataire(id).isPresent());
	}

	static SignataireLu signataire(ConventionLue convention, long signataireId) {
		return convention.signataire(signataireId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Signataire", signataireId));
	}

	private static DelegationLue delegation(SignataireLu signataire, @Nullable Delegation delegation) {
		return new DelegationLue(signataire.id(), libelle(signataire),
				(delegation == null) ? 0 : delegation.getVersion() + 1,
				(delegation == null) ? List.of() : delegation.membres());
	}

	/**
	 * The presidency as article 6 prints it: the option of the convention, its fields
	 * filled the way the document fills them.
	 */
	PresidenceLue presidence(ConventionLue convention) {
		ModeleConvention modele = this.modeles.modeleNational();
		String caf = "la " + this.tenancy.caf(convention.cafId()).nom();
		String collectivites = Designations.collectivites(convention.collectivites());
		Map<String, Valeur> valeurs = Map.of("caf", Valeur.texte(caf), "de_caf", Valeur.texte(Designations.de(caf)),
				"collectivites", Valeur.texte(collectivites), "de_collectivites",
				Valeur.texte(Designations.de(collectivites)));
		Function<String, Optional<Valeur>> champs = (nom) -> Optional.ofNullable(valeurs.get(nom));
		Optional<ModeleConvention.OptionModele> option = modele.presidenceCopil(convention.presidenceCopil().name());
		Integer article = convention.articles()
			.stream()
			.filter((a) -> "collaboration".equals(a.cle()) && Gabarit.champs(a.contenu()).contains("presidence_copil"))
			.map(ArticleLu::numero)
			.findFirst()
			.orElse(null);
		return new PresidenceLue(convention.presidenceCopil(),
				option.map(ModeleConvention.OptionModele::libelle).orElse(""),
				option.map((o) -> TexteRiche.texte(Gabarit.remplir(o.html(), champs))).orElse(""), article);
	}

	/** A signatory as named in tables: "Commune d'Agmé", "Caf de Lot-et-Garonne". */
	static String libelle(SignataireLu signataire) {
		String designation = Designations.designation(signataire.identite());
		for (String article : new String[] { "la ", "le ", "les ", "l'", "l’" }) {
			if (designation.startsWith(article)) {
				designation = designation.substring(article.length());
				break;
			}
		}
		return Gabarit.majusculeInitiale(designation);
	}

	private static String nomOuTexte(ConventionLue convention, @Nullable Long signataireId, String texte) {
		if (signataireId == null) {
			return texte;
		}
		return convention.signataire(signataireId).map(PilotageApi::libelle).orElse(texte);
	}

}
