package fr.atelierctg.modele;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ElementIntrouvable;

/**
 * The Caf administrator's page of the model: national editions, the Caf's variant, its
 * texts, and the review of a newer edition.
 */
@Controller
@RequestMapping("/administration/modele")
@PreAuthorize("hasRole('ADMIN_CAF')")
class ModeleController {

	private static final String PAGE = "redirect:/administration/modele";

	private final Variantes variantes;

	private final NouvellesEditions nouvelles;

	ModeleController(Variantes variantes, NouvellesEditions nouvelles) {
		this.variantes = variantes;
		this.nouvelles = nouvelles;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("editions", this.variantes.editions());
		model.addAttribute("variante", this.variantes.lire().orElse(null));
		return "modele/administration";
	}

	@PostMapping("/variante")
	String creer(@RequestParam String edition, RedirectAttributes redirection) {
		VarianteLue variante = this.variantes.creer(edition);
		redirection.addFlashAttribute("succes",
				"Variante de la Caf créée à partir de l'édition " + variante.editionBase() + ".");
		return PAGE;
	}

	@GetMapping("/textes/{cle}")
	String texte(@PathVariable String cle, Model model) {
		VarianteLue variante = this.variantes.lire().orElseThrow(() -> new ElementIntrouvable("Pas de variante"));
		VarianteLue.TexteVariante texte = variante.textes()
			.stream()
			.filter((t) -> t.cle().equals(cle))
			.findFirst()
			.orElseThrow(() -> new ElementIntrouvable("Texte non adaptable : " + cle));
		model.addAttribute("variante", variante);
		model.addAttribute("texte", texte);
		if (!model.containsAttribute("contenu")) {
			model.addAttribute("contenu", texte.adapte() ? texte.caf() : texte.national());
		}
		model.addAttribute("champs", ChampsConnus.GENERAUX);
		return "modele/texte";
	}

	@PostMapping("/textes/{cle}")
	String adapter(@PathVariable String cle, @RequestParam(defaultValue = "") String contenu,
			@RequestParam long version, Model model, RedirectAttributes redirection) {
		try {
			this.variantes.adapter(cle, contenu, version);
		}
		catch (DonneesInvalides | ConflitMetier refus) {
			model.addAttribute("contenu", contenu);
			model.addAttribute("erreur", (refus instanceof DonneesInvalides invalides)
					? String.join(" ", invalides.erreurs().values()) : refus.getMessage());
			return texte(cle, model);
		}
		redirection.addFlashAttribute("succes", "Rédaction de la Caf enregistrée.");
		return PAGE;
	}

	@PostMapping("/textes/{cle}/national")
	String national(@PathVariable String cle, @RequestParam long version, RedirectAttributes redirection) {
		this.variantes.revenirAuNational(cle, version);
		redirection.addFlashAttribute("succes", "Ce texte suit de nouveau la rédaction nationale.");
		return PAGE;
	}

	@GetMapping("/editions/{code}")
	String edition(@PathVariable String code, Model model) {
		model.addAttribute("comparaison", this.nouvelles.comparaison(code));
		model.addAttribute("choix", Choix.values());
		return "modele/edition";
	}

	@PostMapping("/editions/{code}")
	String adopter(@PathVariable String code, @RequestParam long version, @RequestParam Map<String, String> champs,
			Model model, RedirectAttributes redirection) {
		Map<String, Choix> choix = new LinkedHashMap<>();
		Map<String, String> illisibles = new LinkedHashMap<>();
		champs.forEach((nom, valeur) -> choixDe(nom).ifPresent((cle) -> java.util.Arrays.stream(Choix.values())
			.filter((c) -> c.name().equals(valeur))
			.findFirst()
			.ifPresentOrElse((c) -> choix.put(cle, c), () -> illisibles.put(nom, "Choix inconnu pour " + cle + "."))));
		try {
			if (!illisibles.isEmpty()) {
				throw new DonneesInvalides(illisibles);
			}
			this.nouvelles.adopter(code, version, choix);
		}
		catch (DonneesInvalides invalides) {
			model.addAttribute("erreurs", invalides.erreurs());
			return edition(code, model);
		}
		redirection.addFlashAttribute("succes", "La variante de la Caf repose désormais sur l'édition " + code + ".");
		return PAGE;
	}

	private static Optional<String> choixDe(String nom) {
		return (nom.startsWith("choix[") && nom.endsWith("]"))
				? Optional.of(nom.substring("choix[".length(), nom.length() - 1)) : Optional.empty();
	}

}
