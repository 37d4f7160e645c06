package fr.atelierctg.convention;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;

/** "Transmettre notre contribution à la Caf", from the convention page. */
@Controller
class ContributionController {

	private final Contributions contributions;

	ContributionController(Contributions contributions) {
		this.contributions = contributions;
	}

	@PostMapping("/conventions/{id}/contributions")
	String transmettre(@PathVariable long id, @RequestParam long signataireId,
			@RequestParam(required = false) String message, RedirectAttributes redirection) {
		try {
			ContributionLue transmise = this.contributions.transmettre(id, signataireId, message);
			redirection.addFlashAttribute("succes",
					"Contribution de " + transmise.collectivite() + " transmise à la Caf.");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreur", String.join(" ", ex.erreurs().values()));
		}
		catch (ConflitMetier ex) {
			redirection.addFlashAttribute("erreur", ex.getMessage());
		}
		return "redirect:/conventions/" + id + "#contributions";
	}

}
