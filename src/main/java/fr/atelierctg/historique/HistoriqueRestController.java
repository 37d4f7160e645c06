package fr.atelierctg.historique;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

/** A convention's history for the Caf's IT (HTTP Basic). */
@RestController
@Tag(name = "Historique", description = "Chaque modification d'une convention : qui, quand, quel champ, avant, après "
		+ "(personnel de la Caf)")
class HistoriqueRestController {

	private final HistoriqueService service;

	HistoriqueRestController(HistoriqueService service) {
		this.service = service;
	}

	@GetMapping("/api/conventions/{id}/historique")
	@Operation(summary = "Une page de l'historique, du plus récent au plus ancien, regroupé par moment et personne",
			description = "Une modification par champ changé ; une ligne ajoutée ou supprimée donne toutes ses valeurs. "
					+ "element : convention, signataires, articles, annexes, deliberations, diagnostic, equipements, "
					+ "plan, competences, projections, pilotage, signatures ; du, au : dates AAAA-MM-JJ.")
	PageHistorique historique(@PathVariable long id,
			@Parameter(description = "à partir de 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "modifications par page, 1 à 500") @RequestParam(defaultValue = "100") int taille,
			@RequestParam(required = false) @Nullable String element,
			@RequestParam(required = false) @Nullable String personne,
			@RequestParam(required = false) @Nullable String du, @RequestParam(required = false) @Nullable String au) {
		return this.service.lire(id, FiltreHistorique.lire(element, personne, du, au), page, taille);
	}

}
