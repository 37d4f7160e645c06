package fr.atelierctg.convention;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.DonneesInvalides;

@Controller
@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
@RequestMapping("/conventions/{id}/signataires")
class SignataireController {

	private final ConventionApi lecture;

	private final ConventionService redaction;

	private final DeliberationService deliberations;

	SignataireController(ConventionApi lecture, ConventionService redaction, DeliberationService deliberations) {
		this.lecture = lecture;
		this.redaction = redaction;
		this.deliberations = deliberations;
	}

	@GetMapping("/nouveau")
	String nouveau(@PathVariable long id, @RequestParam(defaultValue = "COMMUNE") TypeSignataire type, Model model) {
		model.addAttribute("form", new SignataireCommande(type, "", "", "", null, representant(null, type),
				representant(null, type), new DeliberationCommande(type.instanceParDefaut(), null), true));
		return formulaire(id, null, model);
	}

	@PostMapping("/nouveau")
	String ajouter(@PathVariable long id, @Valid @ModelAttribute("form") SignataireCommande form,
			BindingResult resultat, Model model, RedirectAttributes redirection) {
		if (!resultat.hasErrors()) {
			try {
				this.redaction.ajouterSignataire(id, form);
				redirection.addFlashAttribute("succes", "Signataire ajouté.");
				return "redirect:/conventions/" + id + "#signataires";
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
		}
		return formulaire(id, null, model);
	}

	@GetMapping("/{signataireId}")
	String modification(@PathVariable long id, @PathVariable long signataireId, Model model) {
		SignataireLu signataire = signataire(id, signataireId);
		IdentiteSignataire identite = signataire.identite();
		model.addAttribute("form", new SignataireCommande(identite.type(), identite.codeInsee(), identite.siren(),
				identite.nom(), identite.categorie(), representant(signataire.representant(), identite.type()),
				representant(signataire.coRepresentant(), identite.type()),
				new DeliberationCommande(signataire.deliberationInstance(), signataire.deliberationDate()), false));
		return formulaire(id, signataire, model);
	}

	@PostMapping("/{signataireId}")
	String modifier(@PathVariable long id, @PathVariable long signataireId,
			@Valid @ModelAttribute("form") SignataireCommande form, BindingResult resultat, Model model,
			RedirectAttributes redirection) {
		if (!resultat.hasErrors()) {
			try {
				this.redaction.modifierSignataire(id, signataireId, form);
				redirection.addFlashAttribute("succes", "Signataire enregistré.");
				return "redirect:/conventions/" + id + "#signataires";
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
		}
		return formulaire(id, signataire(id, signataireId), model);
	}

	@PostMapping("/{signataireId}/retirer")
	String retirer(@PathVariable long id, @PathVariable long signataireId, RedirectAttributes redirection) {
		try {
			this.redaction.retirerSignataire(id, signataireId);
			redirection.addFlashAttribute("succes", "Signataire retiré.");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreur", String.join(" ", ex.erreurs().values()));
		}
		return "redirect:/conventions/" + id + "#signataires";
	}

	private String formulaire(long id, SignataireLu signataire, Model model) {
		model.addAttribute("convention", this.lecture.lire(id));
		model.addAttribute("signataire", signataire);
		model.addAttribute("deliberationDeposee",
				(signataire == null) ? null : this.deliberations.deposees(id).get(signataire.id()));
		model.addAttribute("categories", CategoriePartenaire.values());
		return "convention/signataire";
	}

	private SignataireLu signataire(long id, long signataireId) {
		return this.lecture.lire(id)
			.signataire(signataireId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Signataire", signataireId));
	}

	/** Never null: the form's nested fields need an object to read, even an empty one. */
	private static RepresentantCommande representant(Representant r, TypeSignataire type) {
		if (r == null) {
			String qualite = switch (type) {
				case COMMUNE -> "maire";
				case EPCI, SYNDICAT, CAF -> "président";
				default -> "";
			};
			return new RepresentantCommande(null, "", "", qualite);
		}
		return new RepresentantCommande(r.civilite(), r.prenom(), r.nom(), r.qualite());
	}

}
