package fr.atelierctg.convention;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * The life of a convention: the moves a user may make, the ones the application makes
 * itself (last signature, start and end of the period), and their record.
 */
@Service
@Transactional
public class CycleDeVie {

	static final String APPLICATION = "Atelier CTG";

	private static final int MOTIF_MAX = 2000;

	private final AccesConventions acces;

	private final ConventionRepository conventions;

	private final TransitionConventionRepository transitions;

	private final RapportVerification rapport;

	private final ApplicationEventPublisher evenements;

	CycleDeVie(AccesConventions acces, ConventionRepository conventions, TransitionConventionRepository transitions,
			RapportVerification rapport, ApplicationEventPublisher evenements) {
		this.acces = acces;
		this.conventions = conventions;
		this.transitions = transitions;
		this.rapport = rapport;
		this.evenements = evenements;
	}

	/** What the current user may do from the convention's status. */
	@Transactional(readOnly = true)
	public List<Transition> possibles(long conventionId) {
		StatutConvention statut = this.acces.charger(conventionId).getStatut();
		Optional<Role> role = UtilisateurConnecte.courant().map(UtilisateurConnecte::role);
		return Arrays.stream(Transition.values())
			.filter((t) -> t.possibleDepuis(statut) && role.filter(t::permisA).isPresent())
			.toList();
	}

	/** Every recorded move, oldest first. */
	@Transactional(readOnly = true)
	public List<TransitionLue> historique(long conventionId) {
		this.acces.charger(conventionId);
		return this.transitions.findByConventionIdOrderByLeAscIdAsc(conventionId)
			.stream()
			.map(TransitionConvention::lue)
			.toList();
	}

	/**
	 * Makes a move for the current user.
	 * @throws AccessDeniedException (403) when their role may not make it
	 * @throws TransitionImpossible (409) from another status
	 * @throws ValidationBloquee (409) validating with blocking errors in the report
	 * @throws DonneesInvalides (400) a reason is required and missing
	 */
	public StatutConvention effectuer(long conventionId, Transition transition, String motif) {
		UtilisateurConnecte utilisateur = autorise(transition);
		if (transition == Transition.RESILIER) {
			throw DonneesInvalides.sur("transition",
					"La résiliation se déclare avec sa date de notification et son motif (formulaire « Résilier »).");
		}
		Convention convention = this.acces.charger(conventionId);
		String raison = motif(motif, transition.motifObligatoire());
		if (!transition.possibleDepuis(convention.getStatut())) {
			throw new TransitionImpossible(transition, convention.getStatut());
		}
		if (transition == Transition.VALIDER) {
			List<VerificationConvention.Signalement> erreurs = this.rapport.verifier(conventionId)
				.stream()
				.filter(VerificationConvention.Signalement::bloquant)
				.toList();
			if (!erreurs.isEmpty()) {
				throw new ValidationBloquee(erreurs);
			}
		}
		passer(convention, transition, utilisateur.nomComplet(), raison);
		return convention.getStatut();
	}

	/**
	 * Ends a signed convention early: one month after a formal notice left without
	 * effect, or six months after the parties agreed.
	 * @param notification date of the formal notice, or of the agreement
	 */
	public LocalDate resilier(long conventionId, LocalDate notification, MotifResiliation motif, String precision) {
		UtilisateurConnecte utilisateur = autorise(Transition.RESILIER);
		Convention convention = this.acces.charger(conventionId);
		if (!Transition.RESILIER.possibleDepuis(convention.getStatut())) {
			throw new TransitionImpossible(Transition.RESILIER, convention.getStatut());
		}
		if (motif == null) {
			throw DonneesInvalides.sur("motifResiliation", "Choisissez le motif de la résiliation.");
		}
		if (notification == null) {
			throw DonneesInvalides.sur("notification", (motif == MotifResiliation.ACCORD_MUTUEL)
					? "Indiquez la date de l'accord des parties." : "Indiquez la date de la mise en demeure.");
		}
		String raison = motif(precision, true);
		LocalDate effet = notification.plusMonths(motif.preavisMois());
		Periode periode = convention.getPeriode();
		if (notification.isBefore(periode.debut()) || !effet.isBefore(convention.getFinEffective())) {
			throw DonneesInvalides.sur("notification",
					"Avec le préavis de " + motif.preavisMois() + " mois, la résiliation prendrait effet le "
							+ DatesFr.longue(effet)
							+ " : elle doit tomber pendant la convention, avant son terme naturel du "
							+ DatesFr.longue(convention.getFinEffective()) + ".");
		}
		StatutConvention de = convention.getStatut();
		convention.resilier(effet, motif);
		enregistrer(convention, de, utilisateur.nomComplet(), motif.libelle() + " (notifiée le "
				+ DatesFr.longue(notification) + ", effet le " + DatesFr.longue(effet) + ") : " + raison);
		return effet;
	}

	/**
	 * Moves the end of a signed convention, once its prolongation avenant is signed by
	 * every party (called by the avenant module, for the Caf's staff or a system task).
	 * The status does not change; the move is kept in the history of the convention.
	 * @throws fr.atelierctg.common.erreurs.ConflitMetier (409) unless signée or en
	 * vigueur
	 */
	public void prolonger(long conventionId, LocalDate nouvelleFin, String motif) {
		Optional<UtilisateurConnecte> utilisateur = UtilisateurConnecte.courant();
		if (utilisateur.isPresent() && !utilisateur.get().role().redige()) {
			throw new AccessDeniedException("Seule la Caf prolonge une convention.");
		}
		String auteur = utilisateur.map(UtilisateurConnecte::nomComplet).orElse(APPLICATION);
		Convention convention = this.acces.charger(conventionId);
		if (convention.getStatut() != StatutConvention.SIGNEE
				&& convention.getStatut() != StatutConvention.EN_VIGUEUR) {
			throw new fr.atelierctg.common.erreurs.ConflitMetier(
					"Seule une convention signée ou en vigueur se prolonge ; elle est « "
							+ convention.getStatut().libelle() + " ».");
		}
		if (nouvelleFin == null || !nouvelleFin.isAfter(convention.getFinEffective())) {
			throw DonneesInvalides.sur("nouvelleFin", "La nouvelle fin doit suivre la fin actuelle, le "
					+ DatesFr.longue(convention.getFinEffective()) + ".");
		}
		LocalDate ancienneFin = convention.getFinEffective();
		convention.prolonger(nouvelleFin);
		this.transitions.save(new TransitionConvention(convention.getId(), convention.getStatut(),
				convention.getStatut(), auteur, "Prolongée du " + DatesFr.longue(ancienneFin) + " au "
						+ DatesFr.longue(nouvelleFin) + " : " + motif(motif, false)));
	}

	/** The end of a convention, moved by its signed prolongation avenants. */
	@Transactional(readOnly = true)
	public LocalDate finEffective(long conventionId) {
		return this.acces.charger(conventionId).getFinEffective();
	}

	/** The planned signature date (reminders for missing deliberations). */
	public void prevoirSignature(long conventionId, LocalDate date) {
		UtilisateurConnecte.courant()
			.filter((u) -> u.role().redige())
			.orElseThrow(() -> new AccessDeniedException("Seule la Caf prévoit la date de signature."));
		Convention convention = this.acces.charger(conventionId);
		if (convention.getStatut().signee()) {
			throw DonneesInvalides.sur("dateSignaturePrevue", "La convention est déjà signée.");
		}
		convention.prevoirSignature(date);
	}

	/**
	 * Moves of the calendar for the current Caf: signed conventions whose period started
	 * come into force, those whose period ended expire.
	 * @return how many conventions moved
	 */
	public int suivreLeCalendrier(LocalDate aujourdhui) {
		int deplacees = 0;
		for (Convention convention : this.conventions
			.findByStatutIn(List.of(StatutConvention.SIGNEE, StatutConvention.EN_VIGUEUR))) {
			deplacees += suivreLeCalendrier(convention, aujourdhui) ? 1 : 0;
		}
		return deplacees;
	}

	/** After the last signature: signée, and in force at once if its period started. */
	void constaterSignatures(Convention convention, LocalDate aujourdhui) {
		passer(convention, Transition.CONSTATER_SIGNATURES, APPLICATION, "Toutes les signatures sont enregistrées.");
		suivreLeCalendrier(convention, aujourdhui);
	}

	private boolean suivreLeCalendrier(Convention convention, LocalDate aujourdhui) {
		Periode periode = convention.getPeriode();
		if (convention.getFinEffective().isBefore(aujourdhui)) {
			passer(convention, Transition.CONSTATER_ECHEANCE, APPLICATION,
					"Période terminée le " + DatesFr.longue(convention.getFinEffective()) + ".");
			return true;
		}
		if (convention.getStatut() == StatutConvention.SIGNEE && !periode.debut().isAfter(aujourdhui)) {
			passer(convention, Transition.ENTRER_EN_VIGUEUR, APPLICATION,
					"Période commencée le " + DatesFr.longue(periode.debut()) + ".");
			return true;
		}
		return false;
	}

	private void passer(Convention convention, Transition transition, String auteur, String motif) {
		StatutConvention de = convention.getStatut();
		convention.changerDeStatut(transition);
		enregistrer(convention, de, auteur, motif);
	}

	private void enregistrer(Convention convention, StatutConvention de, String auteur, String motif) {
		TransitionConvention transition = this.transitions
			.save(new TransitionConvention(convention.getId(), de, convention.getStatut(), auteur, motif));
		this.evenements.publishEvent(new ConventionChangeeDeStatut(convention.getCafId(), convention.getId(),
				convention.getTitre(), de, convention.getStatut(), auteur, motif, transition.lue().le()));
	}

	private static UtilisateurConnecte autorise(Transition transition) {
		return UtilisateurConnecte.courant()
			.filter((u) -> transition.permisA(u.role()))
			.orElseThrow(() -> new AccessDeniedException(
					"Votre rôle ne permet pas l'action « " + transition.libelle() + " »."));
	}

	private static String motif(String motif, boolean obligatoire) {
		String raison = (motif == null) ? "" : motif.strip();
		if (obligatoire && raison.isEmpty()) {
			throw DonneesInvalides.sur("motif", "Indiquez la raison : elle est conservée dans l'historique.");
		}
		if (raison.length() > MOTIF_MAX) {
			throw DonneesInvalides.sur("motif", "La raison fait " + MOTIF_MAX + " caractères au plus.");
		}
		return raison;
	}

}
