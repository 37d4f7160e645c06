package fr.atelierctg.renouvellement;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Renewal over the API: the proposal (with eligibility), then the successor. */
@RestController
@RequestMapping("/api/conventions/{id}/renouvellement")
@Tag(name = "Renouvellement", description = "Préparer la convention qui succède à une convention en fin de période")
class RenouvellementRestController {

	private final Renouvellements renouvellements;

	RenouvellementRestController(Renouvellements renouvellements) {
		this.renouvellements = renouvellements;
	}

	@Operation(summary = "Éligibilité et proposition : période suivante, titre, parties, diagnostic, fiches actions",
			description = "« renouvelable » dit si l'utilisateur peut renouveler maintenant ; sinon « refus » dit "
					+ "pourquoi.")
	@GetMapping
	Proposition proposer(@PathVariable long id) {
		return this.renouvellements.proposer(id);
	}

	@Operation(summary = "Crée le brouillon de la convention suivante ; 201 avec son id",
			description = "Titre et dates facultatifs (ceux proposés sinon) ; pour chaque fiche action : "
					+ "RECONDUIRE (par défaut), CLORE ou REECRIRE, avec une note facultative. 403 hors conseillers et "
					+ "directeurs de la Caf, 409 si la convention n'est pas éligible ou déjà renouvelée, 400 si la "
					+ "période ou un choix est invalide (rien n'est enregistré).")
	@PostMapping
	ResponseEntity<Cree> renouveler(@PathVariable long id, @RequestBody DemandeRenouvellement demande) {
		long successeur = this.renouvellements.renouveler(id, demande);
		return ResponseEntity.created(URI.create("/api/conventions/" + successeur))
			.body(new Cree(successeur, "/conventions/" + successeur));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> interdit(HttpServletRequest requete) {
		ProblemDetail probleme = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, Renouvellements.ROLE_REQUIS);
		probleme.setTitle("Action non autorisée");
		probleme.setInstance(URI.create(requete.getRequestURI()));
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(probleme);
	}

	/**
	 * @param page the successor's page
	 */
	record Cree(long id, String page) {
	}

}
