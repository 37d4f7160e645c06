package fr.atelierctg.annexe.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignataireLu;

/**
 * The page of a fiche action: its form for who may write it, its content for the others.
 */
@Controller
@RequestMapping("/conventions/{id}/annexes/plan-actions")
class FicheActionController {

	private final PlanActionsApi plans;

	private final ConventionApi conventions;

	private final DroitsPlan droits;

	private final RedactionFiche redaction;

	FicheActionController(PlanActionsApi plans, ConventionApi conventions, DroitsPlan droits,
			RedactionFiche redaction) {
		this.plans = plans;
		this.conventions = conventions;
		this.droits = droits;
		this.redaction = redaction;
	}

	@GetMapping("/axes/{axeId}/actions/nouvelle")
	String nouvelle(@PathVariable long id, @PathVariable long axeId, Model model) {
		ConventionLue convention = this.conventions.lire(id);
		verifierCreation(convention);
		List<SignataireLu> pilotes = this.droits.pilotesPossibles(convention, null);
		// a chargé(e)'s action is piloted by their collectivité; the Caf chooses
		Long pilote = (!this.droits.redigeTout() && pilotes.size() == 1) ? pilotes.get(0).id() : null;
		model.addAttribute("form",
				FicheActionCommande.nouvelle(axeId, pilote, this.droits.chargeConnecte().orElse(null)));
		return formulaire(convention, this.plans.axe(id, axeId), null, model);
	}

	@PostMapping("/axes/{axeId}/actions/nouvelle")
	String ajouter(@PathVariable long id, @PathVariable long axeId,
			@Valid @ModelAttribute("form") FicheActionCommande form, BindingResult resultat, Model model,
			RedirectAttributes redirection) {
		ConventionLue convention = this.conventions.lire(id);
		AxeLu axe = this.plans.axe(id, axeId);
		verifierCreation(convention);
		FicheActionCommande commande = new FicheActionCommande(axeId, form.intitule(), form.diagnosticInitial(),
				form.publicCible(), form.objectifsOperationnels(), form.modalitesMiseEnOeuvre(), form.echeances(),
				form.servicesMobilises(), form.resultatsAttendus(), form.partenairesSollicites(),
				form.indicateursEvaluation(), form.specificitesAo(), form.piloteSignataireId(),
				form.chargeCooperationId(), null);
		if (!resultat.hasErrors()) {
			try {
				long actionId = this.plans.ajouterAction(id, commande);
				redirection.addFlashAttribute("succes",
						"Action " + this.plans.action(id, actionId).numero() + " ajoutée.");
				return PlanActionsController.retour(id, "action-" + actionId);
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
		}
		return formulaire(convention, axe, null, model);
	}

	@GetMapping("/actions/{actionId}")
	String fiche(@PathVariable long id, @PathVariable long actionId, Model model) {
		ConventionLue convention = this.conventions.lire(id);
		ActionLu action = this.plans.action(id, actionId);
		model.addAttribute("form", FicheActionCommande.de(action));
		return formulaire(convention, this.plans.axe(id, action.axeId()), action, model);
	}

	@PostMapping("/actions/{actionId}")
	String modifier(@PathVariable long id, @PathVariable long actionId,
			@Valid @ModelAttribute("form") FicheActionCommande form, BindingResult resultat, Model model,
			RedirectAttributes redirection) {
		ConventionLue convention = this.conventions.lire(id);
		ActionLu action = this.plans.action(id, actionId);
		if (!this.droits.peutModifier(convention, action.piloteSignataireId(), action.chargeCooperationId())) {
			throw new AccessDeniedException("Vous ne pouvez pas modifier cette action.");
		}
		if (!resultat.hasErrors()) {
			try {
				this.plans.modifierAction(id, actionId, form);
				redirection.addFlashAttribute("succes", "Action " + action.numero() + " enregistrée.");
				return PlanActionsController.retour(id, "action-" + actionId);
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
		}
		return formulaire(convention, this.plans.axe(id, action.axeId()), action, model);
	}

	private void verifierCreation(ConventionLue convention) {
		if (!this.droits.peutCreer(convention)) {
			throw new AccessDeniedException("Vous ne pouvez pas ajouter d'action à ce plan.");
		}
	}

	private String formulaire(ConventionLue convention, AxeLu axe, @Nullable ActionLu action, Model model) {
		Long pilote = (action == null) ? null : action.piloteSignataireId();
		Long charge = (action == null) ? null : action.chargeCooperationId();
		List<ChargeCooperation> charges = new ArrayList<>(this.redaction.chargesAssignables(convention));
		if (charge != null && charges.stream().noneMatch((c) -> c.id() == charge)) {
			String nom = (action.chargeCooperation() == null) ? "Compte " + charge : action.chargeCooperation();
			charges.add(new ChargeCooperation(charge, nom + " (n'a plus accès à cette convention)"));
		}
		model.addAttribute("convention", convention);
		model.addAttribute("axe", axe);
		model.addAttribute("action", action);
		model.addAttribute("modifiable", action == null || this.droits.peutModifier(convention, pilote, charge));
		model.addAttribute("supprimable", action != null && this.droits.peutSupprimer(convention, pilote));
		model.addAttribute("assigne", this.droits.redigeTout());
		model.addAttribute("pilotes", this.droits.pilotesPossibles(convention, pilote));
		model.addAttribute("charges", charges);
		model.addAttribute("rubriques", Rubrique.values());
		return "annexe/plan-actions-fiche";
	}

}
