package fr.atelierctg.common.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PagesController {

	/**
	 * The Caf's staff land on their dashboard, a chargé(e) de coopération on the
	 * conventions of their collectivités.
	 */
	@GetMapping("/")
	String accueil(jakarta.servlet.http.HttpServletRequest requete) {
		return requete.isUserInRole("CHARGE_COOPERATION") ? "redirect:/conventions" : "redirect:/tableau-de-bord";
	}

	@GetMapping("/connexion")
	String connexion() {
		return "connexion";
	}

	@GetMapping("/acces-refuse")
	String accesRefuse() {
		return "erreur/acces-refuse";
	}

}
