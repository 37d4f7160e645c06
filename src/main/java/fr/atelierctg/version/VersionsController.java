package fr.atelierctg.version;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.web.Telechargement;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/** The versions page of a convention, a version's PDF, and the comparison page. */
@Controller
@RequestMapping("/conventions/{id}/versions")
class VersionsController {

	private final VersionsApi versions;

	private final ConventionApi conventions;

	VersionsController(VersionsApi versions, ConventionApi conventions) {
		this.versions = versions;
		this.conventions = conventions;
	}

	@GetMapping
	String liste(@PathVariable long id, Model model) {
		model.addAttribute("convention", this.conventions.lire(id));
		model.addAttribute("versions", this.versions.lister(id));
		model.addAttribute("peutEnregistrer",
				UtilisateurConnecte.courant().filter((u) -> u.role().redige()).isPresent());
		return "version/liste";
	}

	@PostMapping
	String enregistrer(@PathVariable long id, @RequestParam(required = false) String libelle,
			RedirectAttributes redirection) {
		try {
			VersionLue version = this.versions.enregistrer(id, libelle);
			redirection.addFlashAttribute("succes", "Version " + version.numero() + " enregistrée.");
			return "redirect:/conventions/" + id + "/versions#version-" + version.numero();
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreurLibelle", ex.erreurs().get("libelle"));
			redirection.addFlashAttribute("libelle", libelle);
			return "redirect:/conventions/" + id + "/versions#nouvelle-version";
		}
	}

	@GetMapping("/{numero:\\d+}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int numero) {
		VersionsApi.PdfVersion pdf = this.versions.pdf(id, numero);
		return Telechargement.affiche(pdf.contenu(), pdf.nomDeFichier(), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/comparer")
	String comparer(@PathVariable long id, @RequestParam(required = false) Integer de,
			@RequestParam(defaultValue = Comparer.ACTUEL) String a, Model model, RedirectAttributes redirection) {
		model.addAttribute("convention", this.conventions.lire(id));
		try {
			if (de == null) {
				throw DonneesInvalides.sur("de", "Choisissez la version de départ de la comparaison.");
			}
			model.addAttribute("comparaison", this.versions.comparer(id, de, Comparer.arrivee(a)));
			return "version/comparaison";
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreur", ex.erreurs().values().iterator().next());
			return "redirect:/conventions/" + id + "/versions#comparer";
		}
	}

}
