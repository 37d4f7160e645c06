package fr.atelierctg.convention;

import java.time.LocalDate;

import jakarta.validation.Valid;

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
import fr.atelierctg.modele.ChampsConnus;
import fr.atelierctg.modele.ModeleApi;

@Controller
@RequestMapping("/conventions")
class ConventionController {

	private final ConventionApi lecture;

	private final ConventionService redaction;

	private final ModeleApi modeles;

	private final RapportVerification verification;

	private final CycleDeVie cycle;

	ConventionController(ConventionApi lecture, ConventionService redaction, ModeleApi modeles,
			RapportVerification verification, CycleDeVie cycle) {
		this.cycle = cycle;
		this.verification = verification;
		this.lecture = lecture;
		this.redaction = redaction;
		this.modeles = modeles;
	}

	@GetMapping
	String liste(Model model) {
		model.addAttribute("conventions", this.lecture.lister());
		return "convention/liste";
	}

	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
	@GetMapping("/nouvelle")
	String nouvelle(Model model) {
		int annee = LocalDate.now().getYear() + 1;
		Representant president = this.redaction.dernierSignataireCaf().map(SignataireLu::representant).orElse(null);
		Representant directeur = this.redaction.dernierSignataireCaf().map(SignataireLu::coRepresentant).orElse(null);
		model.addAttribute("form",
				new NouvelleConventionForm(
						new ConventionCommande("Convention territoriale globale", "", LocalDate.of(annee, 1, 1),
								LocalDate.of(annee + 4, 12, 31), "", PresidenceCopil.ALTERNEE, false),
						commande(president, "président"), commande(directeur, "directeur")));
		return "convention/nouvelle";
	}

	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
	@PostMapping("/nouvelle")
	String creer(@Valid @ModelAttribute("form") NouvelleConventionForm form, BindingResult resultat) {
		if (resultat.hasErrors()) {
			return "convention/nouvelle";
		}
		long id = this.redaction.creer(form.convention(), form.president(), form.directeur());
		return "redirect:/conventions/" + id;
	}

	@GetMapping("/{id}/verification")
	String verification(@PathVariable long id, Model model) {
		model.addAttribute("convention", this.lecture.lire(id));
		model.addAttribute("signalements", this.verification.verifier(id));
		return "convention/verification";
	}

	@GetMapping("/{id}")
	String page(@PathVariable long id, Model model) {
		ConventionLue convention = this.lecture.lire(id);
		model.addAttribute("convention", convention);
		model.addAttribute("signalements", this.verification.verifier(id));
		model.addAttribute("modifiable", !convention.statut().fige()
				&& fr.atelierctg.tenancy.UtilisateurConnecte.courant().filter((u) -> u.role().redige()).isPresent());
		model.addAttribute("transitions", this.cycle.possibles(id));
		model.addAttribute("historiqueCycle", this.cycle.historique(id));
		model.addAttribute("etapes",
				java.util.List.of(StatutConvention.BROUILLON, StatutConvention.CONCERTATION, StatutConvention.RELECTURE,
						StatutConvention.VALIDEE, StatutConvention.EN_SIGNATURE, StatutConvention.SIGNEE,
						StatutConvention.EN_VIGUEUR, StatutConvention.ECHUE));
		model.addAttribute("motifsResiliation", MotifResiliation.values());
		if (!model.containsAttribute("informations")) {
			model.addAttribute("informations",
					new ConventionCommande(convention.titre(), convention.territoire(), convention.periode().debut(),
							convention.periode().fin(), convention.lieuSignature(), convention.presidenceCopil(),
							convention.ctgDansMaPoche()));
		}
		model.addAttribute("presidences", this.modeles.modeleNational().presidencesCopil());
		model.addAttribute("champs", ChampsConnus.GENERAUX);
		if (!model.containsAttribute("informationsInvalides")) {
			model.addAttribute("informationsInvalides", false);
		}
		return "convention/page";
	}

	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
	@PostMapping("/{id}/informations")
	String modifier(@PathVariable long id, @Valid @ModelAttribute("informations") ConventionCommande commande,
			BindingResult resultat, Model model, RedirectAttributes redirection) {
		if (!resultat.hasErrors()) {
			try {
				this.redaction.modifier(id, commande);
				redirection.addFlashAttribute("succes", "Informations enregistrées.");
				return "redirect:/conventions/" + id;
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
		}
		model.addAttribute("informationsInvalides", true);
		return page(id, model);
	}

	@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
	@PostMapping("/{id}/supprimer")
	String supprimer(@PathVariable long id, RedirectAttributes redirection) {
		this.redaction.supprimer(id);
		redirection.addFlashAttribute("succes", "Convention supprimée.");
		return "redirect:/conventions";
	}

	private static RepresentantCommande commande(Representant representant, String qualite) {
		return (representant == null) ? new RepresentantCommande(null, "", "", qualite) : new RepresentantCommande(
				representant.civilite(), representant.prenom(), representant.nom(), representant.qualite());
	}

}
