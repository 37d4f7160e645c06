package fr.atelierctg.annexe.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.UtilisateurVue;

/**
 * Writing a fiche action: the pilot is one of the convention's signatories, the chargé(e)
 * de coopération one who can see the convention, the rich texts are sanitized; a
 * chargé(e) only gives an action to one of their collectivités and assigns nobody.
 */
@Component
class RedactionFiche {

	private final DroitsPlan droits;

	private final TenancyApi tenancy;

	RedactionFiche(DroitsPlan droits, TenancyApi tenancy) {
		this.droits = droits;
		this.tenancy = tenancy;
	}

	/**
	 * The chargé(e)s de coopération an action of this convention may be assigned to: the
	 * Caf's active ones who can see it (one of their collectivités signs it).
	 */
	List<ChargeCooperation> chargesAssignables(ConventionLue convention) {
		Set<String> sirens = convention.signataires()
			.stream()
			.map((s) -> s.identite().siren())
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return this.tenancy.utilisateursDeLaCaf(convention.cafId(), Role.CHARGE_COOPERATION)
			.stream()
			.filter(UtilisateurVue::actif)
			.filter((u) -> u.sirenCollectivites().stream().anyMatch(sirens::contains))
			.map((u) -> new ChargeCooperation(u.id(), u.prenom() + " " + u.nom()))
			.toList();
	}

	Map<Long, String> nomsDesCharges(long cafId) {
		Map<Long, String> noms = new HashMap<>();
		this.tenancy.utilisateursDeLaCaf(cafId, Role.CHARGE_COOPERATION)
			.forEach((u) -> noms.put(u.id(), u.prenom() + " " + u.nom()));
		return noms;
	}

	/** Checks the fiche (field errors first, then the rights it needs), then saves it. */
	void rediger(ConventionLue convention, ActionPlan action, FicheActionCommande commande, boolean nouvelle) {
		Map<String, String> erreurs = new java.util.LinkedHashMap<>();
		String intitule = (commande.intitule() == null) ? "" : commande.intitule().strip();
		if (intitule.isEmpty()) {
			erreurs.put("intitule", "Indiquez l'intitulé de l'action.");
		}
		Long pilote = commande.piloteSignataireId();
		if (pilote == null) {
			erreurs.put("piloteSignataireId", "Choisissez le pilote de l'action.");
		}
		else if (convention.signataire(pilote).isEmpty()) {
			erreurs.put("piloteSignataireId", "Le pilote doit être l'un des signataires de cette convention.");
		}
		Long charge = chargeRetenu(convention, action, commande.chargeCooperationId(), nouvelle, erreurs);
		if (!erreurs.isEmpty()) {
			throw new DonneesInvalides(erreurs);
		}
		if (!this.droits.redigeTout() && !Objects.equals(pilote, action.getPiloteSignataireId())) {
			this.droits.verifierPilote(convention, Objects.requireNonNull(pilote));
		}
		action.rediger(intitule, commande.ficheNettoyee(), pilote, charge);
	}

	/**
	 * Drafters assign any chargé(e) who can see the convention (or keep the current one);
	 * a chargé(e) assigns nobody: their new actions are theirs, the others keep theirs.
	 */
	private @Nullable Long chargeRetenu(ConventionLue convention, ActionPlan action, @Nullable Long demande,
			boolean nouvelle, Map<String, String> erreurs) {
		if (!this.droits.redigeTout()) {
			Long attendu = nouvelle ? this.droits.chargeConnecte().orElse(null) : action.getChargeCooperationId();
			if (demande != null && !demande.equals(attendu)) {
				throw new AccessDeniedException("Seule la Caf assigne les actions aux chargé·es de coopération.");
			}
			return attendu;
		}
		if (demande != null && !demande.equals(action.getChargeCooperationId())
				&& chargesAssignables(convention).stream().noneMatch((c) -> c.id() == demande)) {
			erreurs.put("chargeCooperationId",
					"Choisissez l'un·e des chargé·es de coopération proposé·es (compte actif d'une collectivité signataire).");
		}
		return demande;
	}

}
