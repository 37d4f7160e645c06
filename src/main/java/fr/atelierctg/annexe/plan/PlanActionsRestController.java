package fr.atelierctg.annexe.plan;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.atelierctg.convention.ConventionApi;

/**
 * Annex 3 for the Caf's IT (HTTP Basic): axes and fiches actions with their computed
 * numbers. Errors are RFC 9457 problem+json in French: 400 with {@code erreurs} per
 * field, 403 for what the user's role or collectivités do not allow, 404 for an id of
 * another convention or Caf.
 */
@RestController
@RequestMapping("/api/conventions/{id}/annexes/plan-actions")
@Tag(name = "Plan d'actions (annexe 3)",
		description = "Axes et fiches actions d'une convention, numérotés 1.1, 1.2… d'après leur ordre")
class PlanActionsRestController {

	private final PlanActionsApi plans;

	private final ConventionApi conventions;

	private final RedactionFiche redaction;

	PlanActionsRestController(PlanActionsApi plans, ConventionApi conventions, RedactionFiche redaction) {
		this.plans = plans;
		this.conventions = conventions;
		this.redaction = redaction;
	}

	private static URI adresse(long id, String suite) {
		return URI.create("/api/conventions/" + id + "/annexes/plan-actions" + suite);
	}

	@GetMapping
	@Operation(summary = "Le plan d'actions : axes dans l'ordre, et dans chacun ses actions avec leur numéro")
	PlanActionsLu lire(@PathVariable long id) {
		return this.plans.lire(id);
	}

	@PostMapping("/axes/modele")
	@Operation(summary = "Crée les sept axes proposés par le modèle national (plan sans axe seulement)")
	ResponseEntity<PlanActionsLu> partirDuModele(@PathVariable long id) {
		this.plans.partirDuModele(id);
		return ResponseEntity.created(adresse(id, "")).body(this.plans.lire(id));
	}

	@PostMapping("/axes")
	@Operation(summary = "Ajoute un axe (en dernier) ; l'intitulé commence par un verbe")
	ResponseEntity<AxeLu> ajouterAxe(@PathVariable long id, @Valid @RequestBody AxeCommande commande) {
		long axeId = this.plans.ajouterAxe(id, commande);
		return ResponseEntity.created(adresse(id, "/axes/" + axeId)).body(this.plans.axe(id, axeId));
	}

	@GetMapping("/axes/{axeId}")
	AxeLu axe(@PathVariable long id, @PathVariable long axeId) {
		return this.plans.axe(id, axeId);
	}

	@PutMapping("/axes/{axeId}")
	@Operation(summary = "Renomme un axe (version : celle lue, pour refuser d'écraser une modification)")
	AxeLu renommerAxe(@PathVariable long id, @PathVariable long axeId, @Valid @RequestBody AxeCommande commande) {
		this.plans.modifierAxe(id, axeId, commande);
		return this.plans.axe(id, axeId);
	}

	@DeleteMapping("/axes/{axeId}")
	@Operation(summary = "Retire un axe vide (un axe qui contient des actions est refusé : 400)")
	ResponseEntity<Void> retirerAxe(@PathVariable long id, @PathVariable long axeId) {
		this.plans.retirerAxe(id, axeId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/axes/{axeId}/deplacement")
	@Operation(summary = "Place l'axe à la position donnée (1 = premier) ; renvoie le plan renuméroté")
	PlanActionsLu deplacerAxe(@PathVariable long id, @PathVariable long axeId,
			@Valid @RequestBody DeplacementCommande deplacement) {
		this.plans.deplacerAxe(id, axeId,
				(deplacement.position() == null) ? Integer.MAX_VALUE : deplacement.position());
		return this.plans.lire(id);
	}

	@PostMapping("/actions")
	@Operation(summary = "Ajoute une fiche action en dernier dans l'axe axeId ; textes riches nettoyés")
	ResponseEntity<ActionLu> ajouterAction(@PathVariable long id, @Valid @RequestBody FicheActionCommande commande) {
		long actionId = this.plans.ajouterAction(id, commande);
		return ResponseEntity.created(adresse(id, "/actions/" + actionId)).body(this.plans.action(id, actionId));
	}

	@GetMapping("/actions/{actionId}")
	ActionLu action(@PathVariable long id, @PathVariable long actionId) {
		return this.plans.action(id, actionId);
	}

	@PutMapping("/actions/{actionId}")
	@Operation(summary = "Modifie une fiche action (son axe ne change pas : voir déplacement)")
	ActionLu modifierAction(@PathVariable long id, @PathVariable long actionId,
			@Valid @RequestBody FicheActionCommande commande) {
		this.plans.modifierAction(id, actionId, commande);
		return this.plans.action(id, actionId);
	}

	@DeleteMapping("/actions/{actionId}")
	@Operation(summary = "Supprime une fiche action ; les suivantes de son axe sont renumérotées")
	ResponseEntity<Void> retirerAction(@PathVariable long id, @PathVariable long actionId) {
		this.plans.retirerAction(id, actionId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/actions/{actionId}/deplacement")
	@Operation(summary = "Déplace une action dans son axe ou vers l'axe axeId, à la position donnée (sinon en dernier)")
	ActionLu deplacerAction(@PathVariable long id, @PathVariable long actionId,
			@Valid @RequestBody DeplacementCommande deplacement) {
		this.plans.deplacerAction(id, actionId, deplacement);
		return this.plans.action(id, actionId);
	}

	@GetMapping("/charges-cooperation")
	@Operation(summary = "Chargé·es de coopération à qui une action de cette convention peut être assignée")
	List<ChargeCooperation> chargesAssignables(@PathVariable long id) {
		return this.redaction.chargesAssignables(this.conventions.lire(id));
	}

}
