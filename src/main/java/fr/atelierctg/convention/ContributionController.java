package fr.atelierctg.convention;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;

/** "Transmettre notre contribution à la Caf", from the convention page or the API. */
@Controller
@Tag(name = "Contributions", description = "Une collectivité signale à la Caf que sa partie est prête")
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

	@Operation(summary = "Contributions transmises à la Caf, de la plus ancienne à la plus récente")
	@GetMapping("/api/conventions/{id}/contributions")
	@ResponseBody
	List<ContributionLue> lister(@PathVariable long id) {
		return this.contributions.transmises(id);
	}

	@Operation(summary = "Transmet la contribution d'une collectivité à la Caf (pendant la concertation)",
			description = "Chargé·e de coopération de ce signataire seulement (403 sinon) ; 409 hors concertation.")
	@PostMapping("/api/conventions/{id}/contributions")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	ContributionLue transmettreApi(@PathVariable long id, @RequestBody Transmission transmission) {
		return this.contributions.transmettre(id, transmission.signataireId(), transmission.message());
	}

	record Transmission(long signataireId, String message) {
	}

}
