package fr.atelierctg.commentaire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionApi;

/**
 * The comments page of a convention, and the forms of every comment panel (this page's,
 * and those included in the article and annex pages). Each form goes back to the page it
 * came from: on success at the thread, on error at the form, with the French message next
 * to the field and the text kept.
 */
@Controller
@RequestMapping("/conventions/{id}/commentaires")
class CommentairesController {

	/** A path of the application, with at most one simple parameter. */
	private static final Pattern RETOUR = Pattern.compile("(/[A-Za-z0-9_-]+)+(\\?[a-z]+=[a-z]+)?");

	private final CommentairesApi commentaires;

	private final ConventionApi conventions;

	CommentairesController(CommentairesApi commentaires, ConventionApi conventions) {
		this.commentaires = commentaires;
		this.conventions = conventions;
	}

	@GetMapping
	String page(@PathVariable long id, @RequestParam(defaultValue = "ouverts") String etat, Model model) {
		model.addAttribute("convention", this.conventions.lire(id));
		model.addAttribute("commentaires", this.commentaires.fils(id, EtatFils.depuis(etat).orElse(EtatFils.OUVERTS)));
		return "commentaire/page";
	}

	@PostMapping
	String ouvrir(@PathVariable long id, @ModelAttribute SaisieCommentaire saisie, RedirectAttributes redirection) {
		try {
			FilLu fil = this.commentaires.ouvrir(id, saisie.nouveauFil());
			redirection.addFlashAttribute("succes", "Commentaire publié.");
			return "redirect:" + retour(id, saisie.retour()) + "#fil-" + fil.id();
		}
		catch (DonneesInvalides ex) {
			return refuse(id, saisie, "nouveau", ex, redirection);
		}
	}

	@PostMapping("/{filId}/reponses")
	String repondre(@PathVariable long id, @PathVariable long filId, @ModelAttribute SaisieCommentaire saisie,
			RedirectAttributes redirection) {
		try {
			this.commentaires.repondre(id, filId, new NouvelleReponse(saisie.texte()));
			redirection.addFlashAttribute("succes", "Réponse publiée.");
			return "redirect:" + retour(id, saisie.retour()) + "#fil-" + filId;
		}
		catch (DonneesInvalides ex) {
			return refuse(id, saisie, "reponse-" + filId, ex, redirection);
		}
	}

	@PostMapping("/{filId}/resolution")
	String resoudre(@PathVariable long id, @PathVariable long filId,
			@RequestParam(required = false) @Nullable String retour, RedirectAttributes redirection) {
		this.commentaires.resoudre(id, filId);
		redirection.addFlashAttribute("succes", "Discussion marquée comme résolue.");
		return "redirect:" + retour(id, retour) + "#fil-" + filId;
	}

	@PostMapping("/{filId}/reouverture")
	String rouvrir(@PathVariable long id, @PathVariable long filId,
			@RequestParam(required = false) @Nullable String retour, RedirectAttributes redirection) {
		this.commentaires.rouvrir(id, filId);
		redirection.addFlashAttribute("succes", "Discussion rouverte.");
		return "redirect:" + retour(id, retour) + "#fil-" + filId;
	}

	private static String refuse(long id, SaisieCommentaire saisie, String formulaireParDefaut, DonneesInvalides ex,
			RedirectAttributes redirection) {
		String formulaire = (saisie.formulaire() == null || !saisie.formulaire().matches("[a-z0-9-]{1,60}"))
				? formulaireParDefaut : saisie.formulaire();
		Map<String, String> erreurs = new LinkedHashMap<>(ex.erreurs());
		redirection.addFlashAttribute("saisieRefusee", new SaisieRefusee(formulaire, saisie.cible(), saisie.section(),
				saisie.visibilite(), saisie.texte(), erreurs));
		return "redirect:" + retour(id, saisie.retour()) + "#" + formulaire;
	}

	/** Where a form goes back to: a page of this convention, else its comments page. */
	static String retour(long conventionId, @Nullable String retour) {
		String convention = "/conventions/" + conventionId;
		if (retour != null && RETOUR.matcher(retour).matches() && (retour.equals(convention)
				|| retour.startsWith(convention + "/") || retour.startsWith(convention + "?"))) {
			return retour;
		}
		return convention + "/commentaires";
	}

}
