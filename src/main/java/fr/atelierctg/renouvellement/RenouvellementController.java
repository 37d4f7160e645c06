package fr.atelierctg.renouvellement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionApi;

/**
 * "Préparer le renouvellement": the proposal of the next convention with a choice per
 * fiche action, then the successor's draft; and, on a successor, what was taken over from
 * the convention it renews.
 */
@Controller
@RequestMapping("/conventions/{id}")
class RenouvellementController {

	private final Renouvellements renouvellements;

	private final ConventionApi conventions;

	RenouvellementController(Renouvellements renouvellements, ConventionApi conventions) {
		this.renouvellements = renouvellements;
		this.conventions = conventions;
	}

	@GetMapping("/renouvellement")
	String preparer(@PathVariable long id, Model model) {
		Proposition proposition = eligible(id);
		List<DemandeRenouvellement.Choix> choix = proposition.fiches()
			.stream()
			.map((f) -> new DemandeRenouvellement.Choix(f.actionId(), f.choix(), ""))
			.toList();
		return page(proposition,
				new DemandeRenouvellement(proposition.titre(), proposition.dateDebut(), proposition.dateFin(), choix),
				model);
	}

	@PostMapping("/renouvellement")
	String renouveler(@PathVariable long id, @ModelAttribute("form") DemandeRenouvellement form, BindingResult resultat,
			Model model, RedirectAttributes redirection) {
		Proposition proposition = eligible(id);
		if (!resultat.hasErrors()) {
			try {
				long successeur = this.renouvellements.renouveler(id, form);
				redirection.addFlashAttribute("succes", "Le brouillon de la nouvelle convention est créé : il reprend "
						+ "les parties, le diagnostic (à mettre à jour) et les fiches actions reconduites ou à réécrire.");
				return "redirect:/conventions/" + successeur;
			}
			catch (DonneesInvalides ex) {
				ex.erreurs().forEach((champ, message) -> {
					if (champ.startsWith("fiches")) {
						resultat.reject("invalide", message);
					}
					else {
						resultat.rejectValue(champ, "invalide", message);
					}
				});
			}
		}
		return page(proposition, form, model);
	}

	@GetMapping("/reprise")
	String reprise(@PathVariable long id, Model model) {
		model.addAttribute("convention", this.conventions.lire(id));
		model.addAttribute("succession", this.renouvellements.succession(id));
		model.addAttribute("fiches", this.renouvellements.reprise(id));
		return "renouvellement/reprise";
	}

	/** The page is only for who may renew, when it may be renewed. */
	private Proposition eligible(long id) {
		Proposition proposition = this.renouvellements.proposer(id);
		if (Renouvellements.ROLE_REQUIS.equals(proposition.refus())) {
			throw new AccessDeniedException(Renouvellements.ROLE_REQUIS);
		}
		if (proposition.refus() != null) {
			throw new ConflitMetier(proposition.refus());
		}
		return proposition;
	}

	private String page(Proposition proposition, DemandeRenouvellement form, Model model) {
		Map<Long, DemandeRenouvellement.Choix> choix = new HashMap<>();
		form.fichesOuAucune().stream().filter((c) -> c.actionId() != null).forEach((c) -> choix.put(c.actionId(), c));
		model.addAttribute("convention", this.conventions.lire(proposition.conventionId()));
		model.addAttribute("proposition", proposition);
		model.addAttribute("form", form);
		model.addAttribute("choix", choix);
		model.addAttribute("choixPossibles", ChoixFiche.values());
		return "renouvellement/preparer";
	}

}
