package fr.atelierctg.tableaudebord;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

/** The dashboard's figures and the search, for the Caf's IT (HTTP Basic). */
@RestController
@RequestMapping("/api/tableau-de-bord")
@Tag(name = "Tableau de bord",
		description = "Indicateurs des conventions de la Caf de l'utilisateur (personnel de la Caf)")
class TableauDeBordRestController {

	private final TableauDeBordService service;

	TableauDeBordRestController(TableauDeBordService service) {
		this.service = service;
	}

	@GetMapping
	@Operation(
			summary = "Tableau de bord : conventions par statut, échéances dans les 12 mois, taux de couverture de la population du département et son évolution, erreurs de vérification, alertes sur les relais petite enfance")
	TableauDeBord tableau() {
		return this.service.calculer();
	}

	@GetMapping("/conventions")
	@Operation(summary = "Recherche parmi les conventions de la Caf ; chaque critère donné doit être rempli")
	List<LigneConvention> rechercher(@Parameter(
			description = "Texte cherché dans le titre, le territoire, le nom d'une commune ou d'un EPCI signataire, ou son code INSEE ou SIREN") @RequestParam(
					required = false) @Nullable String q,
			@Parameter(description = "Statut (BROUILLON, EN_VIGUEUR…)") @RequestParam(
					required = false) @Nullable String statut,
			@Parameter(description = "Année pendant laquelle la convention s'applique au moins un jour") @RequestParam(
					required = false) @Nullable String annee,
			@Parameter(
					description = "Date (AAAA-MM-JJ) à laquelle ou avant laquelle la convention se termine") @RequestParam(
							required = false) @Nullable String finAvant) {
		return this.service.rechercher(Recherche.lire(q, statut, annee, finAvant));
	}

}
