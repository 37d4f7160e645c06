package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The projection tables for the Caf's IT (HTTP Basic). Errors are RFC 9457 problem+json
 * in French, with one entry per faulty cell ({@code valeurs[EAJE_PSU][2027]}).
 */
@RestController
@RequestMapping("/api/conventions/{id}/annexes/projections")
@Tag(name = "Annexe 3 – projections petite enfance",
		description = "Tableaux de projection de l'offre d'accueil du jeune enfant, un par autorité organisatrice "
				+ "compétente pour la planification (et par zone)")
class ProjectionsRestController {

	private final ProjectionsApi projections;

	ProjectionsRestController(ProjectionsApi projections) {
		this.projections = projections;
	}

	@GetMapping
	@Operation(summary = "Tableaux de la convention, colonnes calculées depuis sa période (actuel, puis chaque année)")
	ProjectionsJson lire(@PathVariable long id) {
		ProjectionsApi.Projections lues = this.projections.lire(id);
		return new ProjectionsJson(id, lues.colonnes(),
				lues.autorites()
					.stream()
					.map((a) -> new AutoriteJson(a.ao().code(), a.ao().nom(), a.ao().signataireId(), a.modifiable(),
							a.tableaux().stream().map(TableauJson::de).toList()))
					.toList());
	}

	@PutMapping("/{codeAo}")
	@Operation(summary = "Remplace un tableau en entier, ou rien si une case est fautive",
			description = "Nombres en texte à la française (« 1,5 ») ou en nombres JSON ; places et dispositifs "
					+ "entiers, ETP et coûts à deux décimales au plus, jamais négatifs. Une case vide ou absente "
					+ "n'a pas de valeur. Le tableau de la zone est créé s'il n'existe pas.")
	TableauJson enregistrer(@PathVariable long id,
			@Parameter(description = "Code INSEE de la commune ou SIREN du groupement") @PathVariable String codeAo,
			@Parameter(description = "Nom de la zone ; vide pour l'ensemble du territoire") @RequestParam(
					defaultValue = "") String zone,
			@RequestBody SaisieProjection saisie) {
		return TableauJson.de(this.projections.enregistrer(id, codeAo, zone, saisie));
	}

	@DeleteMapping("/{codeAo}")
	@Operation(summary = "Retire le tableau d'une zone (ou vide celui de l'ensemble du territoire)")
	ResponseEntity<Void> retirer(@PathVariable long id, @PathVariable String codeAo,
			@RequestParam(defaultValue = "") String zone) {
		this.projections.retirerZone(id, codeAo, zone);
		return ResponseEntity.noContent().build();
	}

	/** Two saves at the same instant: the second is refused rather than silently lost. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflit(HttpServletRequest requete) {
		ProblemDetail probleme = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Ce tableau vient d'être modifié par quelqu'un d'autre : relisez-le avant de l'enregistrer de nouveau.");
		probleme.setTitle("Modification concurrente");
		probleme.setInstance(URI.create(requete.getRequestURI()));
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(probleme);
	}

	record ProjectionsJson(long conventionId, List<String> colonnes, List<AutoriteJson> autorites) {
	}

	/**
	 * @param modifiable whether the user may change this AO's tables
	 */
	record AutoriteJson(String code, String nom, long signataireId, boolean modifiable, List<TableauJson> tableaux) {
	}

	/**
	 * @param valeursHorsPeriode years out of the period that still hold values (kept)
	 */
	record TableauJson(String zone, long version, Map<String, Map<String, BigDecimal>> valeurs,
			@Nullable BigDecimal etpVacants, @Nullable BigDecimal etpACreer, String competences, String autresBesoins,
			List<ProjetJson> projets, List<String> valeursHorsPeriode) {

		static TableauJson de(TableauLu t) {
			Map<String, Map<String, BigDecimal>> valeurs = new LinkedHashMap<>();
			t.valeurs().forEach((ligne, parColonne) -> valeurs.put(ligne.name(), parColonne));
			return new TableauJson(t.zone(), t.version(), valeurs, t.besoins().etpVacants(), t.besoins().etpACreer(),
					t.besoins().competences(), t.besoins().autresBesoins(),
					t.projets()
						.stream()
						.map((p) -> new ProjetJson(p.type().name(), p.type().libelle(), p.description(), p.cout(),
								p.anneeCible(), p.ingenierieNecessaire(), p.ingenierie()))
						.toList(),
					t.horsPeriode());
		}

	}

	record ProjetJson(String type, String libelleType, String description, @Nullable BigDecimal cout,
			@Nullable Integer anneeCible, boolean ingenierieNecessaire, String ingenierie) {
	}

}
