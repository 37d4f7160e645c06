package fr.atelierctg.tenancy;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs to know of the signed-in user to show or hide actions. */
@ControllerAdvice(annotations = Controller.class)
class UtilisateurCourantAdvice {

	/**
	 * True for the roles that draft conventions (the server refuses the others anyway).
	 */
	@ModelAttribute("redacteur")
	boolean redacteur(@AuthenticationPrincipal UtilisateurConnecte utilisateur) {
		return utilisateur != null && utilisateur.role().redige();
	}

}
