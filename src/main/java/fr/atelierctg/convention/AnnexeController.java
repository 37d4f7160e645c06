package fr.atelierctg.convention;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ModificationConcurrente;
import fr.atelierctg.modele.ChampsConnus;

@Controller
@RequestMapping("/conventions/{id}/annexes")
@PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
class AnnexeController {

	private final ConventionApi lecture;

	private final ConventionService redaction;

	AnnexeController(ConventionApi lecture, ConventionService redaction) {
		this.lecture = lecture;
		this.redaction = redaction;
	}

	@GetMapping("/nouvelle")
	String nouvelle(@PathVariable long id, Model model) {
		model.addAttribute("form", new AnnexeCommande("", "", null));
		return editeur(id, null, model);
	}

	@PostMapping("/nouvelle")
	String ajouter(@PathVariable long id, @Valid @ModelAttribute("form") AnnexeCommande form, BindingResult resultat,
			Model model, RedirectAttributes redirection) {
		if (!resultat.hasErrors()) {
			try {
				this.redaction.ajouterAnnexe(id, form);
				redirection.addFlashAttribute("succes", "Annexe ajoutée.");
				return "redirect:/conventions/" + id + "#annexes";
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
		}
		return editeur(id, null, model);
	}

	@GetMapping("/{annexeId}")
	String modification(@PathVariable long id, @PathVariable long annexeId, Model model) {
		AnnexeLu annexe = annexe(id, annexeId);
		model.addAttribute("form", new AnnexeCommande(annexe.titre(), annexe.contenu(), annexe.version()));
		return editeur(id, annexe, model);
	}

	@PostMapping("/{annexeId}")
	String modifier(@PathVariable long id, @PathVariable long annexeId,
			@Valid @ModelAttribute("form") AnnexeCommande form, BindingResult resultat, Model model,
			RedirectAttributes redirection) {
		if (!resultat.hasErrors()) {
			try {
				this.redaction.modifierAnnexe(id, annexeId, form);
				redirection.addFlashAttribute("succes", "Annexe enregistrée.");
				return "redirect:/conventions/" + id + "#annexes";
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
			catch (ModificationConcurrente ex) {
				ElementConcurrent autre = this.redaction.annexeActuelle(id, annexeId);
				VueConcurrence.montrer(model, autre, form.contenu());
				// the next save, made knowing the other version, may replace it
				model.addAttribute("form", new AnnexeCommande(form.titre(), form.contenu(), autre.version()));
			}
		}
		return editeur(id, annexe(id, annexeId), model);
	}

	@PostMapping("/{annexeId}/monter")
	String monter(@PathVariable long id, @PathVariable long annexeId) {
		this.redaction.deplacerAnnexe(id, annexeId, -1);
		return "redirect:/conventions/" + id + "#annexes";
	}

	@PostMapping("/{annexeId}/descendre")
	String descendre(@PathVariable long id, @PathVariable long annexeId) {
		this.redaction.deplacerAnnexe(id, annexeId, 1);
		return "redirect:/conventions/" + id + "#annexes";
	}

	@PostMapping("/{annexeId}/supprimer")
	String supprimer(@PathVariable long id, @PathVariable long annexeId, RedirectAttributes redirection) {
		try {
			this.redaction.retirerAnnexe(id, annexeId);
			redirection.addFlashAttribute("succes", "Annexe retirée ; les annexes suivantes ont été renumérotées.");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreur", String.join(" ", ex.erreurs().values()));
		}
		return "redirect:/conventions/" + id + "#annexes";
	}

	private String editeur(long id, AnnexeLu annexe, Model model) {
		model.addAttribute("convention", this.lecture.lire(id));
		model.addAttribute("annexe", annexe);
		model.addAttribute("champs", ChampsConnus.GENERAUX);
		return "convention/annexe";
	}

	private AnnexeLu annexe(long id, long annexeId) {
		return this.lecture.lire(id)
			.annexe(annexeId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Annexe", annexeId));
	}

}
