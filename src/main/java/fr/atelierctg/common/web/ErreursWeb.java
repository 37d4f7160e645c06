package fr.atelierctg.common.web;

import fr.atelierctg.common.erreurs.ConflitMetier;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import fr.atelierctg.common.erreurs.ElementIntrouvable;

/**
 * Pages answer 404 for anything the user may not see, with a French page and no detail.
 */
@ControllerAdvice(annotations = Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
public class ErreursWeb {

	@ExceptionHandler(ElementIntrouvable.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String introuvable() {
		return "erreur/introuvable";
	}

	/** A change that the state of the convention forbids: say why, in French. */
	@ExceptionHandler(ConflitMetier.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflit(ConflitMetier ex, org.springframework.ui.Model model) {
		model.addAttribute("message", ex.getMessage());
		return "erreur/conflit";
	}

	@ExceptionHandler(org.springframework.dao.DataAccessException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String base(org.springframework.dao.DataAccessException ex, org.springframework.ui.Model model) {
		return conflit(ConflitMetier.levePar(ex).orElseThrow(() -> ex), model);
	}

	/** A file above the servlet limit never reaches the controller: say so plainly. */
	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tropVolumineux() {
		return "erreur/fichier-trop-volumineux";
	}

}
