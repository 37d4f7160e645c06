package fr.atelierctg.convention;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;

/**
 * The status block of the convention page: each move is a small form; refusals come back
 * as a message on the page (the validation's blocking errors are listed there already).
 */
@Controller
@RequestMapping("/conventions/{id}")
class CycleDeVieController {

	private final CycleDeVie cycle;

	CycleDeVieController(CycleDeVie cycle) {
		this.cycle = cycle;
	}

	@PostMapping("/transitions")
	String transition(@PathVariable long id, @RequestParam Transition transition,
			@RequestParam(required = false) String motif, RedirectAttributes redirection) {
		try {
			StatutConvention statut = this.cycle.effectuer(id, transition, motif);
			redirection.addFlashAttribute("succes", "La convention est maintenant « " + statut.libelle() + " ».");
		}
		catch (ValidationBloquee ex) {
			redirection.addFlashAttribute("erreur", ex.getMessage());
			redirection.addFlashAttribute("erreursValidation", ex.erreurs());
		}
		catch (ConflitMetier ex) {
			redirection.addFlashAttribute("erreur", ex.getMessage());
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreurCycle", ex.erreurs().values().iterator().next());
			redirection.addFlashAttribute("transitionEnErreur", transition);
		}
		return "redirect:/conventions/" + id + "#cycle";
	}

	@PostMapping("/resiliation")
	String resilier(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate notification,
			@RequestParam(required = false) MotifResiliation motifResiliation,
			@RequestParam(required = false) String precision, RedirectAttributes redirection) {
		try {
			LocalDate effet = this.cycle.resilier(id, notification, motifResiliation, precision);
			redirection.addFlashAttribute("succes", "Convention résiliée ; la résiliation prend effet le "
					+ fr.atelierctg.common.francais.DatesFr.longue(effet) + ".");
		}
		catch (ConflitMetier ex) {
			redirection.addFlashAttribute("erreur", ex.getMessage());
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreurResiliation", ex.erreurs());
		}
		return "redirect:/conventions/" + id + "#cycle";
	}

	@PostMapping("/signature-prevue")
	String prevoir(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(
			iso = DateTimeFormat.ISO.DATE) LocalDate dateSignaturePrevue, RedirectAttributes redirection) {
		try {
			this.cycle.prevoirSignature(id, dateSignaturePrevue);
			redirection.addFlashAttribute("succes", (dateSignaturePrevue == null) ? "Date de signature prévue retirée."
					: "Signature prévue le " + fr.atelierctg.common.francais.DatesFr.longue(dateSignaturePrevue) + ".");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreur", ex.erreurs().values().iterator().next());
		}
		return "redirect:/conventions/" + id + "#cycle";
	}

}
