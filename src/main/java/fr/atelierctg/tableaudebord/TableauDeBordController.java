package fr.atelierctg.tableaudebord;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.convention.StatutConvention;
import org.jspecify.annotations.Nullable;

/** The dashboard page and the search page (a GET form: the address keeps the search). */
@Controller
class TableauDeBordController {

	private final TableauDeBordService service;

	TableauDeBordController(TableauDeBordService service) {
		this.service = service;
	}

	@ModelAttribute("badges")
	Map<StatutConvention, String> badges() {
		return BadgesStatut.CLASSES;
	}

	@GetMapping("/tableau-de-bord")
	String tableau(Model model) {
		TableauDeBord tableau = this.service.calculer();
		model.addAttribute("tableau", tableau);
		model.addAttribute("dateEnClair", DatesFr.longue(tableau.date()));
		model.addAttribute("barres", Graphiques.statuts(tableau.parStatut()));
		model.addAttribute("courbe", Graphiques.couverture(tableau.couverture().evolution(), tableau.date().getYear()));
		return "tableaudebord/tableau-de-bord";
	}

	@GetMapping("/tableau-de-bord/recherche")
	String recherche(@ModelAttribute("recherche") RechercheForm form, BindingResult resultat, Model model) {
		model.addAttribute("statuts", StatutConvention.values());
		try {
			model.addAttribute("resultats",
					this.service.rechercher(Recherche.lire(form.q(), form.statut(), form.annee(), form.finAvant())));
		}
		catch (DonneesInvalides ex) {
			ex.signalerDans(resultat);
		}
		return "tableaudebord/recherche";
	}

	/** The search form's fields as typed (checked by {@link Recherche#lire}). */
	record RechercheForm(@Nullable String q, @Nullable String statut, @Nullable String annee,
			@Nullable String finAvant) {
	}

}
