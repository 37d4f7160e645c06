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
import fr.atelierctg.common.erreurs.ModificationConcurrente;
import fr.atelierctg.modele.ChampsConnus;

@Controller
@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
@RequestMapping("/conventions/{id}/articles")
class ArticleController {

	private final ConventionApi lecture;

	private final ConventionService redaction;

	ArticleController(ConventionApi lecture, ConventionService redaction) {
		this.lecture = lecture;
		this.redaction = redaction;
	}

	@GetMapping("/nouveau")
	String nouveau(@PathVariable long id, @RequestParam(required = false) Long apres, Model model) {
		model.addAttribute("form", new ArticleCommande("", "", null));
		return editeur(id, null, apres, model);
	}

	@PostMapping("/nouveau")
	String ajouter(@PathVariable long id, @RequestParam(required = false) Long apres,
			@Valid @ModelAttribute("form") ArticleCommande form, BindingResult resultat, Model model,
			RedirectAttributes redirection) {
		if (!resultat.hasErrors()) {
			try {
				long articleId = this.redaction.ajouterArticle(id, form, apres);
				redirection.addFlashAttribute("succes", "Article ajouté.");
				return "redirect:/conventions/" + id + "#article-" + articleId;
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
		}
		return editeur(id, null, apres, model);
	}

	@GetMapping("/{articleId}")
	String modification(@PathVariable long id, @PathVariable long articleId, Model model) {
		ArticleLu article = article(id, articleId);
		model.addAttribute("form", new ArticleCommande(article.titre(), article.contenu(), article.version()));
		return editeur(id, article, null, model);
	}

	@PostMapping("/{articleId}")
	String modifier(@PathVariable long id, @PathVariable long articleId,
			@Valid @ModelAttribute("form") ArticleCommande form, BindingResult resultat, Model model,
			RedirectAttributes redirection) {
		if (!resultat.hasErrors()) {
			try {
				this.redaction.modifierArticle(id, articleId, form);
				redirection.addFlashAttribute("succes", "Article enregistré.");
				return "redirect:/conventions/" + id + "#article-" + articleId;
			}
			catch (DonneesInvalides ex) {
				ex.signalerDans(resultat);
			}
			catch (ModificationConcurrente ex) {
				ElementConcurrent autre = this.redaction.articleActuel(id, articleId);
				VueConcurrence.montrer(model, autre, form.contenu());
				// the next save, made knowing the other version, may replace it
				model.addAttribute("form", new ArticleCommande(form.titre(), form.contenu(), autre.version()));
			}
		}
		return editeur(id, article(id, articleId), null, model);
	}

	@PostMapping("/{articleId}/monter")
	String monter(@PathVariable long id, @PathVariable long articleId) {
		this.redaction.deplacerArticle(id, articleId, -1);
		return "redirect:/conventions/" + id + "#article-" + articleId;
	}

	@PostMapping("/{articleId}/descendre")
	String descendre(@PathVariable long id, @PathVariable long articleId) {
		this.redaction.deplacerArticle(id, articleId, 1);
		return "redirect:/conventions/" + id + "#article-" + articleId;
	}

	@PostMapping("/{articleId}/supprimer")
	String supprimer(@PathVariable long id, @PathVariable long articleId, RedirectAttributes redirection) {
		this.redaction.retirerArticle(id, articleId);
		redirection.addFlashAttribute("succes", "Article supprimé ; les articles suivants ont été renumérotés.");
		return "redirect:/conventions/" + id + "#articles";
	}

	private String editeur(long id, ArticleLu article, Long apres, Model model) {
		ConventionLue convention = this.lecture.lire(id);
		model.addAttribute("convention", convention);
		model.addAttribute("article", article);
		model.addAttribute("apres", apres);
		model.addAttribute("champs", ChampsConnus.GENERAUX);
		model.addAttribute("articlesCibles",
				convention.articles().stream().filter((a) -> a.nature() == NatureArticle.ARTICLE).toList());
		return "convention/article";
	}

	private ArticleLu article(long id, long articleId) {
		return this.lecture.lire(id)
			.article(articleId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Article", articleId));
	}

}
