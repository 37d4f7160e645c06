package fr.atelierctg.historique;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import org.jspecify.annotations.Nullable;

/** The history page of a convention (a GET form: the address keeps the filter). */
@Controller
class HistoriqueController {

	private final HistoriqueService service;

	HistoriqueController(HistoriqueService service) {
		this.service = service;
	}

	@GetMapping("/conventions/{id}/historique")
	String historique(@PathVariable long id, @ModelAttribute("filtre") FiltreForm form, BindingResult resultat,
			@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("elements", Element.values());
		FiltreHistorique filtre = FiltreHistorique.AUCUN;
		try {
			filtre = FiltreHistorique.lire(form.element(), form.personne(), form.du(), form.au());
		}
		catch (DonneesInvalides ex) {
			ex.signalerDans(resultat);
		}
		HistoriqueService.Vue vue = this.service.vue(id, filtre, page);
		model.addAttribute("convention", vue.convention());
		model.addAttribute("personnes", vue.personnes());
		model.addAttribute("historique", vue.historique());
		return "historique/page";
	}

	/** The filter's fields as typed (checked by {@link FiltreHistorique#lire}). */
	record FiltreForm(@Nullable String element, @Nullable String personne, @Nullable String du, @Nullable String au) {
	}

}
