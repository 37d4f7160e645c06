package fr.atelierctg.annexe.projections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.DonneesInvalides;

/**
 * The projections page: one card per AO holding the planning competence and per zone,
 * with its editable grid, its needs, its projects and its chart.
 */
@Controller
@RequestMapping("/conventions/{id}/annexes/projections")
class ProjectionsController {

	private final ProjectionsApi projections;

	ProjectionsController(ProjectionsApi projections) {
		this.projections = projections;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		return page(this.projections.lire(id), null, model);
	}

	@PostMapping("/{codeAo}")
	String enregistrer(@PathVariable long id, @PathVariable String codeAo, @RequestParam(defaultValue = "") String zone,
			HttpServletRequest requete, Model model, RedirectAttributes redirection) {
		SaisieProjection saisie = FormulaireProjection.lire(requete.getParameterMap());
		try {
			this.projections.enregistrer(id, codeAo, zone, saisie);
		}
		catch (DonneesInvalides ex) {
			model.addAttribute("erreur", "Le tableau n'a pas été enregistré : corrigez les cases signalées.");
			return page(this.projections.lire(id), new Refus(codeAo, zone.strip(), saisie, ex.erreurs()), model);
		}
		redirection.addFlashAttribute("succes", "Tableau enregistré.");
		return "redirect:/conventions/" + id + "/annexes/projections#ao-" + codeAo;
	}

	@PostMapping("/{codeAo}/zones")
	String ajouterZone(@PathVariable long id, @PathVariable String codeAo, @RequestParam(defaultValue = "") String nom,
			RedirectAttributes redirection) {
		try {
			TableauLu ajoute = this.projections.ajouterZone(id, codeAo, nom);
			redirection.addFlashAttribute("succes", "Zone « " + ajoute.zone() + " » ajoutée : renseignez son tableau.");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreurZone", String.join(" ", ex.erreurs().values()));
			redirection.addFlashAttribute("aoEnErreur", codeAo);
			redirection.addFlashAttribute("zoneSaisie", nom);
		}
		return "redirect:/conventions/" + id + "/annexes/projections#ao-" + codeAo;
	}

	@PostMapping("/{codeAo}/zones/retirer")
	String retirerZone(@PathVariable long id, @PathVariable String codeAo, @RequestParam String zone,
			RedirectAttributes redirection) {
		this.projections.retirerZone(id, codeAo, zone);
		redirection.addFlashAttribute("succes", "Zone « " + zone.strip() + " » retirée.");
		return "redirect:/conventions/" + id + "/annexes/projections#ao-" + codeAo;
	}

	private static String page(ProjectionsApi.Projections lues, Refus refus, Model model) {
		List<Autorite> autorites = new ArrayList<>();
		int rang = 0;
		for (ProjectionsApi.Projections.Autorite autorite : lues.autorites()) {
			List<CarteProjection> cartes = new ArrayList<>();
			for (TableauLu tableau : autorite.tableaux()) {
				String ancre = "tableau-" + (++rang);
				boolean refuse = refus != null && refus.codeAo().equals(autorite.ao().code())
						&& refus.zone().equals(tableau.zone());
				cartes.add(refuse
						? Cartes.refusee(ancre, autorite.ao(), lues.colonnes(), tableau, refus.saisie(),
								refus.erreurs())
						: Cartes.stockee(ancre, autorite.ao(), autorite.modifiable(), lues.colonnes(), tableau));
			}
			autorites.add(new Autorite(autorite.ao().code(), autorite.ao().nom(), autorite.modifiable(), cartes));
		}
		model.addAttribute("convention", lues.convention());
		model.addAttribute("annees", Colonnes.annees(lues.convention().periode()));
		model.addAttribute("entetes", lues.colonnes().stream().map(Colonnes::libelle).toList());
		model.addAttribute("autorites", autorites);
		return "annexe/projections";
	}

	/** A refused save: the card to show as typed, with its messages. */
	private record Refus(String codeAo, String zone, SaisieProjection saisie, Map<String, String> erreurs) {
	}

	/** An AO and its cards, for the page. */
	public record Autorite(String code, String nom, boolean modifiable, List<CarteProjection> cartes) {
	}

}
