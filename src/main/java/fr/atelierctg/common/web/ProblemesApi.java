package fr.atelierctg.common.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ElementIntrouvable;

/**
 * Errors of the REST API as RFC 9457 problem+json, in French. Invalid fields are listed
 * in {@code erreurs}: {@code [{"champ": "dateFin", "message": "…"}]}. Never an internal
 * message.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class ProblemesApi {

	@ExceptionHandler(ElementIntrouvable.class)
	ResponseEntity<ProblemDetail> introuvable(HttpServletRequest requete) {
		return probleme(HttpStatus.NOT_FOUND, "Introuvable",
				"Cette ressource n'existe pas ou ne vous est pas accessible.", requete, null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> interdit(HttpServletRequest requete) {
		return probleme(HttpStatus.FORBIDDEN, "Action non autorisée", "Votre rôle ne permet pas cette action.", requete,
				null);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalide(MethodArgumentNotValidException ex, HttpServletRequest requete) {
		List<Map<String, String>> erreurs = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map((e) -> Map.of("champ", (e instanceof FieldError f) ? f.getField() : e.getObjectName(), "message",
					String.valueOf(e.getDefaultMessage())))
			.toList();
		return probleme(HttpStatus.BAD_REQUEST, "Données invalides", "Corrigez les champs signalés.", requete, erreurs);
	}

	@ExceptionHandler(DonneesInvalides.class)
	ResponseEntity<ProblemDetail> regle(DonneesInvalides ex, HttpServletRequest requete) {
		List<Map<String, String>> erreurs = ex.erreurs()
			.entrySet()
			.stream()
			.map((e) -> Map.of("champ", e.getKey(), "message", e.getValue()))
			.toList();
		return probleme(HttpStatus.BAD_REQUEST, "Données invalides", "Corrigez les champs signalés.", requete, erreurs);
	}

	@ExceptionHandler(ConflitMetier.class)
	ResponseEntity<ProblemDetail> conflit(ConflitMetier ex, HttpServletRequest requete) {
		ResponseEntity<ProblemDetail> reponse = probleme(HttpStatus.CONFLICT, "Modification impossible",
				ex.getMessage(), requete, null);
		if (ex instanceof fr.atelierctg.common.erreurs.ModificationConcurrente concurrente) {
			concurrente.versionActuelle().ifPresent((v) -> reponse.getBody().setProperty("versionActuelle", v));
		}
		return reponse;
	}

	/**
	 * A database guard (frozen convention) said no; anything else stays a server error.
	 */
	@ExceptionHandler(org.springframework.dao.DataAccessException.class)
	ResponseEntity<ProblemDetail> base(org.springframework.dao.DataAccessException ex, HttpServletRequest requete) {
		ConflitMetier conflit = ConflitMetier.levePar(ex).orElseThrow(() -> ex);
		return conflit(conflit, requete);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> illisible(HttpServletRequest requete) {
		return probleme(HttpStatus.BAD_REQUEST, "Requête illisible",
				"Le corps ou les paramètres de la requête ne sont pas au format attendu (JSON, dates AAAA-MM-JJ, valeurs de la liste).",
				requete, null);
	}

	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tropVolumineux(HttpServletRequest requete) {
		return probleme(HttpStatus.PAYLOAD_TOO_LARGE, "Fichier trop volumineux",
				"Un fichier déposé fait 20 Mo au plus.", requete, null);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> inconnue(HttpServletRequest requete) {
		return introuvable(requete);
	}

	private static ResponseEntity<ProblemDetail> probleme(HttpStatus statut, String titre, String detail,
			HttpServletRequest requete, List<Map<String, String>> erreurs) {
		ProblemDetail probleme = ProblemDetail.forStatusAndDetail(statut, detail);
		probleme.setTitle(titre);
		probleme.setInstance(URI.create(requete.getRequestURI()));
		if (erreurs != null) {
			probleme.setProperty("erreurs", erreurs);
		}
		return ResponseEntity.status(statut).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
	}

}
