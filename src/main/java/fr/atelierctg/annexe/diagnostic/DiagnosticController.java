package fr.atelierctg.annexe.diagnostic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

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
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionIntrouvable;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.DroitsEdition;
import fr.atelierctg.convention.SignataireLu;

/**
 * Annex 1 pages: the diagnostic read section by section, and one editor per text (the
 * Caf's text of a section, or a collectivité's contribution to it). Rows of key figures
 * are added and removed by the server, so the editor works without script.
 */
@Controller
@RequestMapping("/conventions/{id}/annexes/diagnostic")
class DiagnosticController {

	private final DiagnosticApi diagnostic;

	private final ConventionApi conventions;

	private final DroitsEdition droits;

	DiagnosticController(DiagnosticApi diagnostic, ConventionApi conventions, DroitsEdition droits) {
		this.diagnostic = diagnostic;
		this.conventions = conventions;
		this.droits = droits;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		ConventionLue convention = this.conventions.lire(id);
		List<SignataireLu> editables = this.droits.partiesEditables(convention)
			.stream()
			.filter((s) -> s.type().collectivite())
			.toList();
		DiagnosticLu lu = this.diagnostic.lire(convention);
		// per section, the collectivités whose contribution the user may start
		Map<String, List<SignataireLu>> aProposer = new HashMap<>();
		for (SectionLue section : lu.sections()) {
			Set<Long> ecrites = section.contributions()
				.stream()
				.map(TexteLu::signataireId)
				.filter(Objects::nonNull)
				.collect(Collectors.toSet());
			aProposer.put(section.section().code(),
					editables.stream().filter((s) -> !ecrites.contains(s.id())).toList());
		}
		model.addAttribute("convention", convention);
		model.addAttribute("diagnostic", lu);
		model.addAttribute("parties", Partie.values());
		model.addAttribute("aProposer", aProposer);
		model.addAttribute("idsEditables", editables.stream().map(SignataireLu::id).collect(Collectors.toSet()));
		return "annexe/diagnostic";
	}

	@GetMapping("/sections/{code}")
	String texteDeLaCaf(@PathVariable long id, @PathVariable String code, Model model) {
		SectionDiagnostic section = section(code);
		TexteLu texte = this.diagnostic.texteDeLaCaf(id, section);
		return editeur(id, section, texte, SaisieTexte.de(texte), model);
	}

	@PostMapping("/sections/{code}")
	String enregistrerTexteDeLaCaf(@PathVariable long id, @PathVariable String code,
			@ModelAttribute("saisie") SaisieTexte saisie, BindingResult resultat,
			@RequestParam(required = false) @Nullable String ajouterLigne,
			@RequestParam(required = false) @Nullable Integer retirerLigne, Model model,
			RedirectAttributes redirection) {
		SectionDiagnostic section = section(code);
		TexteLu texte = this.diagnostic.texteDeLaCaf(id, section);
		SaisieTexte modifiee = lignes(saisie, ajouterLigne, retirerLigne);
		if (modifiee == null && !resultat.hasErrors()) {
			try {
				this.diagnostic.enregistrerTexteDeLaCaf(id, section, saisie);
				return enregistre(id, section, texte, redirection);
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
		}
		return editeur(id, section, texte, (modifiee == null) ? saisie : modifiee, model);
	}

	/** From the page's list of collectivités: the editor of the one chosen. */
	@GetMapping("/sections/{code}/contributions")
	String choisirContribution(@PathVariable long id, @PathVariable String code, @RequestParam long signataire) {
		return "redirect:/conventions/" + id + "/annexes/diagnostic/sections/" + section(code).code()
				+ "/contributions/" + signataire;
	}

	@GetMapping("/sections/{code}/contributions/{signataireId}")
	String contribution(@PathVariable long id, @PathVariable String code, @PathVariable long signataireId,
			Model model) {
		SectionDiagnostic section = section(code);
		TexteLu texte = this.diagnostic.contribution(id, section, signataireId);
		return editeur(id, section, texte, SaisieTexte.de(texte), model);
	}

	@PostMapping("/sections/{code}/contributions/{signataireId}")
	String enregistrerContribution(@PathVariable long id, @PathVariable String code, @PathVariable long signataireId,
			@ModelAttribute("saisie") SaisieTexte saisie, BindingResult resultat,
			@RequestParam(required = false) @Nullable String ajouterLigne,
			@RequestParam(required = false) @Nullable Integer retirerLigne, Model model,
			RedirectAttributes redirection) {
		SectionDiagnostic section = section(code);
		TexteLu texte = this.diagnostic.contribution(id, section, signataireId);
		SaisieTexte modifiee = lignes(saisie, ajouterLigne, retirerLigne);
		if (modifiee == null && !resultat.hasErrors()) {
			try {
				this.diagnostic.enregistrerContribution(id, section, signataireId, saisie);
				return enregistre(id, section, texte, redirection);
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
		}
		return editeur(id, section, texte, (modifiee == null) ? saisie : modifiee, model);
	}

	/** The form with a row more or less, when one of those buttons was pressed. */
	private static @Nullable SaisieTexte lignes(SaisieTexte saisie, @Nullable String ajouterLigne,
			@Nullable Integer retirerLigne) {
		if (ajouterLigne != null) {
			return saisie.avecUneLigneDePlus();
		}
		if (retirerLigne != null) {
			return saisie.sansLaLigne(retirerLigne);
		}
		return null;
	}

	private static String enregistre(long id, SectionDiagnostic section, TexteLu texte,
			RedirectAttributes redirection) {
		redirection.addFlashAttribute("succes",
				(texte.estDeLaCaf() ? "Texte de la Caf enregistré" : texte.titre() + " enregistrée") + " ("
						+ section.intituleComplet() + ").");
		return "redirect:/conventions/" + id + "/annexes/diagnostic#section-" + section.code();
	}

	private String editeur(long id, SectionDiagnostic section, TexteLu texte, SaisieTexte saisie, Model model) {
		model.addAttribute("convention", this.conventions.lire(id));
		model.addAttribute("section", section);
		model.addAttribute("texte", texte);
		// the same object as the one bound, or its field errors would leave the model
		model.addAttribute("saisie", saisie);
		model.addAttribute("lignes", saisie.lignes().isEmpty() ? List.of(ChiffreSaisi.vide()) : saisie.lignes());
		if (section == SectionDiagnostic.POPULATION_GENERALE) {
			model.addAttribute("populations", this.diagnostic.populations(id));
		}
		return "annexe/diagnostic-section";
	}

	private static SectionDiagnostic section(String code) {
		return SectionDiagnostic.parCode(code)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Section du diagnostic", 0));
	}

}
