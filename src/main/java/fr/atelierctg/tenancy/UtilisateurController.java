package fr.atelierctg.tenancy;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An ADMIN_CAF manages the accounts of their own Caf, and only those. */
@Controller
@RequestMapping("/administration/utilisateurs")
@PreAuthorize("hasRole('ADMIN_CAF')")
class UtilisateurController {

	private final TenancyApi tenancy;

	UtilisateurController(TenancyApi tenancy) {
		this.tenancy = tenancy;
	}

	@GetMapping
	String liste(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UtilisateurForm("", "", "", "", Role.CONSEILLER, "", ""));
		}
		CafVue caf = this.tenancy.cafCourante();
		model.addAttribute("caf", caf);
		model.addAttribute("utilisateurs", this.tenancy.utilisateursDeLaCaf(caf.id()));
		model.addAttribute("roles", Role.values());
		return "tenancy/utilisateurs";
	}

	@PostMapping
	String creer(@Valid @ModelAttribute("form") UtilisateurForm form, BindingResult resultat, Model model,
			RedirectAttributes redirection) {
		if (!resultat.hasFieldErrors("identifiant") && this.tenancy.identifiantPris(form.identifiant())) {
			resultat.rejectValue("identifiant", "pris", "Cet identifiant est déjà utilisé.");
		}
		if (form.role() == Role.CHARGE_COOPERATION && form.listeSirens().isEmpty()) {
			resultat.rejectValue("sirens", "requis",
					"Indiquez le SIREN d'au moins une collectivité pour un·e chargé·e de coopération.");
		}
		if (form.listeSirens().stream().anyMatch((s) -> !s.matches("[0-9]{9}"))) {
			resultat.rejectValue("sirens", "format", "Chaque SIREN compte 9 chiffres.");
		}
		if (resultat.hasErrors()) {
			return liste(model);
		}
		this.tenancy.creerUtilisateur(this.tenancy.cafCourante().id(),
				new TenancyApi.NouvelUtilisateur(form.identifiant(), form.motDePasse(), form.prenom().strip(),
						form.nom().strip(), form.email(), form.role(),
						form.role() == Role.CHARGE_COOPERATION ? form.listeSirens() : java.util.Set.of()));
		redirection.addFlashAttribute("succes", "Compte « " + form.identifiant() + " » créé.");
		return "redirect:/administration/utilisateurs";
	}

}
