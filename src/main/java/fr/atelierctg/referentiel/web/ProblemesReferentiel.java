package fr.atelierctg.referentiel.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The errors of this package's controllers as RFC 9457 problem+json, in French. */
@RestControllerAdvice(basePackageClasses = ProblemesReferentiel.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemesReferentiel {

	@ExceptionHandler
	ProblemDetail parametreInvalide(ParametreInvalide erreur) {
		ProblemDetail probleme = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, erreur.getMessage());
		probleme.setTitle("Paramètre invalide");
		probleme.setProperty("parametre", erreur.parametre());
		return probleme;
	}

	@ExceptionHandler
	ProblemDetail mauvaisFormat(MethodArgumentTypeMismatchException erreur) {
		return parametreInvalide(ParametreInvalide.mauvaisFormat(erreur.getName()));
	}

}
