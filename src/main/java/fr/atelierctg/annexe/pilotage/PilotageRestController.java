package fr.atelierctg.annexe.pilotage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.atelierctg.annexe.pilotage.PilotageCommande.DelegationCommande;
import fr.atelierctg.annexe.pilotage.PilotageLu.DelegationLue;

/**
 * Annex 4 for the Caf's IT (HTTP Basic). Errors are RFC 9457 problem+json in French, with
 * the faulty fields in {@code erreurs}.
 */
@RestController
@RequestMapping("/api/conventions/{id}/annexes/pilotage")
@Tag(name = "Annexe 4 – Pilotage",
		description = "Comité de pilotage (membres par signataire, présidence de l'article 6, fréquence), "
				+ "comité technique, commissions de travail, chargés de coopération")
class PilotageRestController {

	private final PilotageApi pilotage;

	PilotageRestController(PilotageApi pilotage) {
		this.pilotage = pilotage;
	}

	@GetMapping
	@Operation(summary = "L'annexe de pilotage, avec la présidence du comité de pilotage choisie à l'article 6 "
			+ "et le total des ETP des chargés de coopération")
	PilotageLu lire(@PathVariable long id) {
		return this.pilotage.lire(id);
	}

	@PutMapping
	@Operation(summary = "Remplace l'annexe, tout ou rien (conseillers et directeurs de la Caf)",
			description = "Fréquences et missions des comités, comité technique, commissions de travail, chargés de "
					+ "coopération (ETP : nombre décimal, virgule acceptée, plus de 0 et au plus 10, deux décimales "
					+ "au plus). Les membres du comité de pilotage ne sont remplacés que pour les signataires listés "
					+ "dans comitePilotage.delegations. La présidence se change sur la convention (presidenceCopil). "
					+ "Envoyer la version lue refuse un enregistrement par-dessus une modification plus récente.")
	PilotageLu modifier(@PathVariable long id, @RequestBody PilotageCommande commande) {
		return this.pilotage.enregistrer(id, commande);
	}

	@GetMapping("/copil/{signataireId}")
	@Operation(summary = "Les membres du comité de pilotage désignés par un signataire")
	DelegationLue delegation(@PathVariable long id, @PathVariable long signataireId) {
		return this.pilotage.delegation(id, signataireId);
	}

	@PutMapping("/copil/{signataireId}")
	@Operation(summary = "Remplace les membres du comité de pilotage désignés par un signataire",
			description = "Permis aux conseillers et directeurs de la Caf, et au chargé ou à la chargée de "
					+ "coopération de ce signataire.")
	DelegationLue modifierDelegation(@PathVariable long id, @PathVariable long signataireId,
			@RequestBody DelegationCommande commande) {
		return this.pilotage.enregistrerDelegation(id, signataireId, commande);
	}

}
