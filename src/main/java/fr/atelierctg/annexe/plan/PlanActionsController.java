package fr.atelierctg.annexe.plan;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;

/**
 * Annex 3 pages: the plan (axes and their actions, numbers, pilots) and the forms of an
 * axis. The fiche action's form is {@link FicheActionController}. The server refuses
 * (403) what the page hides.
 */
@Controller
@RequestMapping("/conventions/{id}/annexes/plan-actions")
class PlanActionsController {

	private final PlanActionsApi plans;

	private final ConventionApi conventions;

	private final DroitsPlan droits;

	PlanActionsController(PlanActionsApi plans, ConventionApi conventions, DroitsPlan droits) {
		this.plans = plans;
		this.conventions = conventions;
		this.droits = droits;
	}

	static String retour(long id, String ancre) {
		return "redirect:/conventions/" + id + "/annexes/plan-actions" + (ancre.isEmpty() ? "" : "#" + ancre);
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		ConventionLue convention = this.conventions.lire(id);
		PlanActionsLu plan = this.plans.plan(convention);
		Map<Long, Boolean> modifiables = new HashMap<>();
		plan.toutesLesActions()
			.forEach((a) -> modifiables.put(a.id(),
					this.droits.peutModifier(convention, a.piloteSignataireId(), a.chargeCooperationId())));
		model.addAttribute("convention", convention);
		model.addAttribute("plan", plan);
		model.addAttribute("modifiables", modifiables);
		model.addAttribute("peutCreer", this.droits.peutCreer(convention));
		model.addAttribute("objectifs", ObjectifsDuModele.AXES);
		return "annexe/plan-actions";
	}

	@PostMapping("/modele")
	String partirDuModele(@PathVariable long id, RedirectAttributes redirection) {
		try {
			this.plans.partirDuModele(id);
			redirection.addFlashAttribute("succes",
					"Les sept objectifs du modèle sont vos axes : renommez, retirez ou ajoutez ceux qu'il faut.");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreur", String.join(" ", ex.erreurs().values()));
		}
		return retour(id, "");
	}

	@GetMapping("/axes/nouveau")
	String nouvelAxe(@PathVariable long id, Model model) {
		this.droits.verifierRedactionCaf();
		model.addAttribute("form", new AxeCommande("", null));
		return formulaireAxe(id, null, model);
	}

	@PostMapping("/axes/nouveau")
	String ajouterAxe(@PathVariable long id, @Valid @ModelAttribute("form") AxeCommande form, BindingResult resultat,
			Model model, RedirectAttributes redirection) {
		if (!resultat.hasErrors()) {
			try {
				long axeId = this.plans.ajouterAxe(id, form);
				redirection.addFlashAttribute("succes", "Axe ajouté.");
				return retour(id, "axe-" + axeId);
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
		}
		this.droits.verifierRedactionCaf();
		return formulaireAxe(id, null, model);
	}

	@GetMapping("/axes/{axeId}")
	String axe(@PathVariable long id, @PathVariable long axeId, Model model) {
		this.droits.verifierRedactionCaf();
		AxeLu axe = this.plans.axe(id, axeId);
		model.addAttribute("form", new AxeCommande(axe.intitule(), axe.version()));
		return formulaireAxe(id, axe, model);
	}

	@PostMapping("/axes/{axeId}")
	String renommerAxe(@PathVariable long id, @PathVariable long axeId, @Valid @ModelAttribute("form") AxeCommande form,
			BindingResult resultat, Model model, RedirectAttributes redirection) {
		if (!resultat.hasErrors()) {
			try {
				this.plans.modifierAxe(id, axeId, form);
				redirection.addFlashAttribute("succes", "Axe renommé.");
				return retour(id, "axe-" + axeId);
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
		}
		this.droits.verifierRedactionCaf();
		return formulaireAxe(id, this.plans.axe(id, axeId), model);
	}

	@PostMapping("/axes/{axeId}/monter")
	String monterAxe(@PathVariable long id, @PathVariable long axeId) {
		this.plans.deplacerAxe(id, axeId, this.plans.axe(id, axeId).numero() - 1);
		return retour(id, "axe-" + axeId);
	}

	@PostMapping("/axes/{axeId}/descendre")
	String descendreAxe(@PathVariable long id, @PathVariable long axeId) {
		this.plans.deplacerAxe(id, axeId, this.plans.axe(id, axeId).numero() + 1);
		return retour(id, "axe-" + axeId);
	}

	@PostMapping("/axes/{axeId}/supprimer")
	String supprimerAxe(@PathVariable long id, @PathVariable long axeId, RedirectAttributes redirection) {
		try {
			this.plans.retirerAxe(id, axeId);
			redirection.addFlashAttribute("succes", "Axe retiré ; les axes suivants ont été renumérotés.");
			return retour(id, "");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreur", String.join(" ", ex.erreurs().values()));
			return retour(id, "axe-" + axeId);
		}
	}

	@PostMapping("/actions/{actionId}/monter")
	String monterAction(@PathVariable long id, @PathVariable long actionId) {
		return deplacerAction(id, actionId, -1);
	}

	@PostMapping("/actions/{actionId}/descendre")
	String descendreAction(@PathVariable long id, @PathVariable long actionId) {
		return deplacerAction(id, actionId, 1);
	}

	@PostMapping("/actions/{actionId}/deplacer")
	String changerDAxe(@PathVariable long id, @PathVariable long actionId, @RequestParam long axeId,
			RedirectAttributes redirection) {
		this.plans.deplacerAction(id, actionId, new DeplacementCommande(axeId, null));
		redirection.addFlashAttribute("succes",
				"Action déplacée : elle est désormais l'action " + this.plans.action(id, actionId).numero() + ".");
		return retour(id, "action-" + actionId);
	}

	@PostMapping("/actions/{actionId}/supprimer")
	String supprimerAction(@PathVariable long id, @PathVariable long actionId, RedirectAttributes redirection) {
		ActionLu action = this.plans.action(id, actionId);
		this.plans.retirerAction(id, actionId);
		redirection.addFlashAttribute("succes",
				"Action " + action.numero() + " supprimée ; les suivantes ont été renumérotées.");
		return retour(id, "axe-" + action.axeId());
	}

	private String deplacerAction(long id, long actionId, int sens) {
		ActionLu action = this.plans.action(id, actionId);
		AxeLu axe = this.plans.axe(id, action.axeId());
		int position = axe.actions().indexOf(action) + 1 + sens;
		this.plans.deplacerAction(id, actionId, new DeplacementCommande(null, Math.max(1, position)));
		return retour(id, "action-" + actionId);
	}

	private String formulaireAxe(long id, @Nullable AxeLu axe, Model model) {
		model.addAttribute("convention", this.conventions.lire(id));
		model.addAttribute("axe", axe);
		return "annexe/plan-actions-axe";
	}

}
