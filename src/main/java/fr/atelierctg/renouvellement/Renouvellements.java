package fr.atelierctg.renouvellement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.annexe.diagnostic.DiagnosticApi;
import fr.atelierctg.annexe.diagnostic.SectionLue;
import fr.atelierctg.annexe.plan.ActionLu;
import fr.atelierctg.annexe.plan.AxeLu;
import fr.atelierctg.annexe.plan.PlanActionsApi;
import fr.atelierctg.annexe.plan.PlanActionsLu;
import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.ConventionResume;
import fr.atelierctg.convention.Periode;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.convention.Succession;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Renewal of a convention in its last year ({@link Eligibilite}), by the Caf's
 * conseillers and directeurs: the proposal, then in one transaction the successor with
 * its parties ({@link Succession}), its diagnostic to update and its action plan (each
 * fiche kept, closed or to rewrite), and the record of those choices. An error anywhere
 * leaves nothing saved.
 */
@Service
@Transactional(readOnly = true)
public class Renouvellements {

	static final String ROLE_REQUIS = "Seuls les conseillers et directeurs de la Caf peuvent renouveler une "
			+ "convention.";

	static final int NOTE_MAXIMALE = 2000;

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final ConventionApi conventions;

	private final Succession succession;

	private final DiagnosticApi diagnostic;

	private final PlanActionsApi plans;

	private final FicheDuRenouvellementRepository fiches;

	Renouvellements(ConventionApi conventions, Succession succession, DiagnosticApi diagnostic, PlanActionsApi plans,
			FicheDuRenouvellementRepository fiches) {
		this.conventions = conventions;
		this.succession = succession;
		this.diagnostic = diagnostic;
		this.plans = plans;
		this.fiches = fiches;
	}

	/** What the renewal would be, and whether the user may start it now. */
	public Proposition proposer(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		Optional<String> refus = refus(convention);
		Periode periode = periodeProposee(convention.periode());
		List<Proposition.Partie> parties = convention.signataires()
			.stream()
			.map((s) -> new Proposition.Partie(s.type().libelle(), s.identite().nom(), representant(s)))
			.toList();
		List<String> sections = this.diagnostic.lire(conventionId)
			.sections()
			.stream()
			.filter(SectionLue::renseignee)
			.map((s) -> s.section().intituleComplet())
			.toList();
		List<Proposition.FicheProposee> fichesProposees = new ArrayList<>();
		for (AxeLu axe : this.plans.lire(conventionId).axes()) {
			for (ActionLu action : axe.actions()) {
				fichesProposees.add(new Proposition.FicheProposee(action.id(), action.numero(), axe.intitule(),
						action.intitule(), ChoixFiche.RECONDUIRE));
			}
		}
		return new Proposition(conventionId, convention.titre(), convention.periode(), refus.isEmpty(),
				refus.orElse(null), Eligibilite.ouverture(convention.periode().fin()),
				Titres.renouvele(convention.titre(), convention.periode(), periode), periode.debut(), periode.fin(),
				Periode.finMaximale(periode.debut()), parties, sections, fichesProposees);
	}

	/**
	 * Starts the next convention, a new draft linked to this one.
	 * @return the successor's id
	 * @throws AccessDeniedException (403) unless Caf conseiller or directeur
	 * @throws ConflitMetier (409) not signed, not in its last year, or already renewed
	 * @throws DonneesInvalides title, period (N+4 rule) or choices invalid; nothing saved
	 */
	@Transactional
	public long renouveler(long conventionId, DemandeRenouvellement demande) {
		verifierRole();
		ConventionLue convention = this.conventions.lire(conventionId);
		refus(convention).ifPresent((raison) -> {
			throw new ConflitMetier(raison);
		});
		PlanActionsLu plan = this.plans.lire(conventionId);
		Map<Long, DemandeRenouvellement.Choix> choix = choix(plan, demande);
		Periode proposee = periodeProposee(convention.periode());
		LocalDate debut = (demande.dateDebut() == null) ? proposee.debut() : demande.dateDebut();
		LocalDate fin = (demande.dateFin() == null) ? Periode.finMaximale(debut) : demande.dateFin();
		String titre = (demande.titre() == null) ? Titres.renouvele(convention.titre(), convention.periode(), proposee)
				: demande.titre().strip();
		Succession.Successeur successeur = this.succession.creerSuccesseur(conventionId, titre, debut, fin);
		this.diagnostic.reprendre(conventionId, successeur.id(), successeur.signataires());
		Map<Long, Boolean> reprises = new HashMap<>();
		for (ActionLu action : plan.toutesLesActions()) {
			ChoixFiche decision = decision(choix, action.id());
			if (decision != ChoixFiche.CLORE) {
				reprises.put(action.id(), decision == ChoixFiche.REECRIRE);
			}
		}
		Map<Long, Long> copies = this.plans.reprendre(conventionId, successeur.id(), successeur.signataires(),
				reprises);
		int ordre = 0;
		for (ActionLu action : plan.toutesLesActions()) {
			DemandeRenouvellement.Choix c = choix.get(action.id());
			this.fiches.save(new FicheDuRenouvellement(successeur.id(), ++ordre, action.numero(), action.intitule(),
					decision(choix, action.id()), (c == null || c.note() == null) ? "" : c.note().strip(),
					copies.get(action.id())));
		}
		return successeur.id();
	}

	/**
	 * The renewal links of a convention and whether its renewal may start, for its page.
	 */
	public EtatSuccession succession(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		ConventionResume predecesseur = this.succession.predecesseur(conventionId).orElse(null);
		ConventionResume successeur = this.succession.successeur(conventionId).orElse(null);
		boolean signee = convention.statut() == StatutConvention.SIGNEE
				|| convention.statut() == StatutConvention.EN_VIGUEUR;
		boolean proposable = redacteur() && refus(convention).isEmpty();
		return new EtatSuccession(predecesseur, successeur, proposable,
				signee ? Eligibilite.ouverture(convention.periode().fin()) : null);
	}

	/** For a successor: what became of each fiche action of the convention it renews. */
	public List<FicheReprise> reprise(long conventionId) {
		this.conventions.lire(conventionId);
		return this.fiches.findByConventionIdOrderByOrdreAsc(conventionId)
			.stream()
			.map(FicheDuRenouvellement::lue)
			.toList();
	}

	static Periode periodeProposee(Periode actuelle) {
		LocalDate debut = actuelle.fin().plusDays(1);
		return new Periode(debut, Periode.finMaximale(debut));
	}

	private Optional<String> refus(ConventionLue convention) {
		if (!redacteur()) {
			return Optional.of(ROLE_REQUIS);
		}
		boolean renouvelee = this.succession.successeur(convention.id()).isPresent();
		return Eligibilite.refus(convention, renouvelee, LocalDate.now(PARIS));
	}

	private static boolean redacteur() {
		return UtilisateurConnecte.courant().map((u) -> u.role().redige()).orElse(false);
	}

	private static void verifierRole() {
		if (!redacteur()) {
			throw new AccessDeniedException(ROLE_REQUIS);
		}
	}

	/** The choices by fiche, checked before anything is written. */
	private static Map<Long, DemandeRenouvellement.Choix> choix(PlanActionsLu plan, DemandeRenouvellement demande) {
		Map<Long, DemandeRenouvellement.Choix> choix = new LinkedHashMap<>();
		Map<String, String> erreurs = new LinkedHashMap<>();
		List<DemandeRenouvellement.Choix> demandes = demande.fichesOuAucune();
		for (int i = 0; i < demandes.size(); i++) {
			DemandeRenouvellement.Choix c = demandes.get(i);
			if (c.actionId() == null || plan.action(c.actionId()).isEmpty()) {
				erreurs.put("fiches[" + i + "].actionId",
						"Cette fiche action n'appartient pas au plan d'actions de la convention renouvelée.");
			}
			else if (c.note() != null && c.note().strip().length() > NOTE_MAXIMALE) {
				erreurs.put("fiches[" + i + "].note", "La note ne peut dépasser 2 000 caractères.");
			}
			else {
				choix.put(c.actionId(), c);
			}
		}
		if (!erreurs.isEmpty()) {
			throw new DonneesInvalides(erreurs);
		}
		return choix;
	}

	private static ChoixFiche decision(Map<Long, DemandeRenouvellement.Choix> choix, long actionId) {
		DemandeRenouvellement.Choix c = choix.get(actionId);
		return (c == null || c.choix() == null) ? ChoixFiche.RECONDUIRE : c.choix();
	}

	private static @Nullable String representant(SignataireLu signataire) {
		if (signataire.representant() == null) {
			return null;
		}
		String qualite = signataire.representant().qualite();
		return signataire.representant().nomComplet() + ((qualite == null || qualite.isBlank()) ? "" : ", " + qualite);
	}

}
