package fr.atelierctg.common.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PagesController {

	@GetMapping("/")
	String accueil() {
		return "redirect:/conventions";
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
