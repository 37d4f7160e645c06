package fr.atelierctg.annexe.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.DroitsEdition;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Who may change what in the plan d'actions. The Caf's drafters shape the plan (axes,
 * order, moves, assignments) and write every action. A chargé(e) de coopération writes
 * the actions piloted by one of their collectivités or assigned to them, creates actions
 * piloted by one of their collectivités, and removes only those.
 */
@Component
class DroitsPlan {

	private final DroitsEdition droits;

	DroitsPlan(DroitsEdition droits) {
		this.droits = droits;
	}

	boolean redigeTout() {
		return this.droits.redigeTout();
	}

	boolean peutModifier(ConventionLue convention, @Nullable Long pilote, @Nullable Long charge) {
		if (convention.statut().fige()) {
			return false;
		}
		return redigeTout() || (charge != null && chargeConnecte().filter(charge::equals).isPresent())
				|| (pilote != null && this.droits.peutEditer(convention, pilote));
	}

	boolean peutCreer(ConventionLue convention) {
		return this.droits.peutEditerUnePartie(convention);
	}

	boolean peutSupprimer(ConventionLue convention, @Nullable Long pilote) {
		if (convention.statut().fige()) {
			return false;
		}
		return redigeTout() || (pilote != null && this.droits.peutEditer(convention, pilote));
	}

	/**
	 * The signatories the user may choose as pilot: all for a drafter; for a chargé(e),
	 * their collectivités, plus the current pilot of an action assigned to them.
	 */
	List<SignataireLu> pilotesPossibles(ConventionLue convention, @Nullable Long piloteActuel) {
		if (redigeTout()) {
			return convention.signataires();
		}
		List<SignataireLu> pilotes = new ArrayList<>(this.droits.partiesEditables(convention));
		if (piloteActuel != null && pilotes.stream().noneMatch((s) -> s.id() == piloteActuel)) {
			convention.signataire(piloteActuel).ifPresent((s) -> pilotes.add(0, s));
		}
		return pilotes;
	}

	void verifierRedactionCaf() {
		this.droits.verifierRedactionCaf();
	}

	void verifierRedactionCaf(ConventionLue convention) {
		this.droits.verifierRedactionCaf(convention);
	}

	void verifierModification(ConventionLue convention, ActionPlan action) {
		this.droits.verifierModifiable(convention);
		if (!peutModifier(convention, action.getPiloteSignataireId(), action.getChargeCooperationId())) {
			throw new AccessDeniedException("Vous ne pouvez pas modifier cette action.");
		}
	}

	void verifierSuppression(ConventionLue convention, ActionPlan action) {
		this.droits.verifierModifiable(convention);
		if (!peutSupprimer(convention, action.getPiloteSignataireId())) {
			throw new AccessDeniedException("Vous ne pouvez pas supprimer cette action.");
		}
	}

	/** A chargé(e) may only give an action to one of their collectivités. */
	void verifierPilote(ConventionLue convention, long pilote) {
		this.droits.verifierEdition(convention, pilote);
	}

	/** The signed-in chargé(e) de coopération's account id, if that is their role. */
	Optional<Long> chargeConnecte() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UtilisateurConnecte utilisateur
				&& utilisateur.role().estCollectivite()) {
			return Optional.of(utilisateur.id());
		}
		return Optional.empty();
	}

}
