package fr.atelierctg.avenant;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.web.Telechargement;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * The avenant pages: drafting from the convention page, the avenant page (modifications,
 * statuses, signatures, PDF), the rewording of one modification, the consolidated
 * convention. Every form redirects; errors come back as flash messages.
 */
@Controller
class AvenantsController {

	private final ConventionApi conventions;

	private final AvenantsApi lecture;

	private final Avenants avenants;

	private final SignaturesAvenant signatures;

	private final ConventionConsolidee consolidee;

	AvenantsController(ConventionApi conventions, AvenantsApi lecture, Avenants avenants, SignaturesAvenant signatures,
			ConventionConsolidee consolidee) {
		this.conventions = conventions;
		this.lecture = lecture;
		this.avenants = avenants;
		this.signatures = signatures;
		this.consolidee = consolidee;
	}

	@GetMapping("/conventions/{id}/avenants/{numero}")
	String page(@PathVariable long id, @PathVariable int numero, Model model) {
		AvenantLu avenant = this.lecture.lire(id, numero);
		model.addAttribute("convention", this.conventions.lire(id));
		model.addAttribute("avenant", avenant);
		model.addAttribute("textes", this.lecture.textesActuels(id, numero).values());
		model.addAttribute("transitions", this.avenants.possibles(id, numero));
		model.addAttribute("redacteur", UtilisateurConnecte.courant().filter((u) -> u.role().redige()).isPresent());
		model.addAttribute("aujourdhui", LocalDate.now());
		return "avenant/page";
	}

	/** The avenant as it will print, in the page's frame. */
	@GetMapping("/conventions/{id}/avenants/{numero}/apercu")
	String apercu(@PathVariable long id, @PathVariable int numero, Model model) {
		model.addAttribute("document", this.lecture.html(id, numero));
		return "document/apercu";
	}

	@PostMapping("/conventions/{id}/avenants")
	String rediger(@PathVariable long id, @RequestParam(required = false) @Nullable String objet,
			RedirectAttributes redirection) {
		return creer(id, () -> this.avenants.rediger(id, (objet == null) ? "" : objet), redirection);
	}

	@PostMapping("/conventions/{id}/avenants/prolongation")
	String prolonger(@PathVariable long id, RedirectAttributes redirection) {
		return creer(id, () -> this.avenants.prolonger(id), redirection);
	}

	@PostMapping("/conventions/{id}/avenants/{numero}/entete")
	String entete(@PathVariable long id, @PathVariable int numero,
			@RequestParam(required = false) @Nullable String objet,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateEffet,
			@RequestParam(required = false) @Nullable String lieu, @RequestParam long version,
			RedirectAttributes redirection) {
		return agir(id, numero, "entete",
				() -> this.avenants.modifierEntete(id, numero, (objet == null) ? "" : objet, dateEffet, lieu, version),
				"Avenant enregistré.", redirection);
	}

	@PostMapping("/conventions/{id}/avenants/{numero}/modifications")
	String choisir(@PathVariable long id, @PathVariable int numero,
			@RequestParam(name = "cibles", required = false) @Nullable List<String> cibles, @RequestParam long version,
			RedirectAttributes redirection) {
		return agir(id, numero, "modifications",
				() -> this.avenants.choisir(id, numero, (cibles == null) ? List.of() : cibles, version),
				"Articles et annexes modifiés enregistrés.", redirection);
	}

	@GetMapping("/conventions/{id}/avenants/{numero}/modifications/{cle}")
	String modification(@PathVariable long id, @PathVariable int numero, @PathVariable String cle, Model model) {
		AvenantLu avenant = this.lecture.lire(id, numero);
		ModificationLue modification = avenant.modifications()
			.stream()
			.filter((m) -> m.cle().equals(cle))
			.findFirst()
			.orElseThrow(() -> new AvenantIntrouvable("Modification « " + cle + " » introuvable"));
		model.addAttribute("convention", this.conventions.lire(id));
		model.addAttribute("avenant", avenant);
		model.addAttribute("modification", modification);
		if (!model.containsAttribute("texteSaisi")) {
			model.addAttribute("texteSaisi", modification.nouveauTexte());
		}
		return "avenant/modification";
	}

	@PostMapping("/conventions/{id}/avenants/{numero}/modifications/{cle}")
	String reecrire(@PathVariable long id, @PathVariable int numero, @PathVariable String cle,
			@RequestParam(required = false) @Nullable String nouveauTexte, @RequestParam long version,
			RedirectAttributes redirection) {
		try {
			this.avenants.reecrire(id, numero, cle, (nouveauTexte == null) ? "" : nouveauTexte, version);
			redirection.addFlashAttribute("succes", "Nouvelle rédaction enregistrée.");
			return "redirect:/conventions/" + id + "/avenants/" + numero + "#modifications";
		}
		catch (DonneesInvalides | ConflitMetier ex) {
			redirection.addFlashAttribute("erreur", (ex instanceof DonneesInvalides invalide)
					? String.join(" ", invalide.erreurs().values()) : ex.getMessage());
			redirection.addFlashAttribute("texteSaisi", nouveauTexte);
			return "redirect:/conventions/" + id + "/avenants/" + numero + "/modifications/" + cle;
		}
	}

	@PostMapping("/conventions/{id}/avenants/{numero}/transitions")
	String transition(@PathVariable long id, @PathVariable int numero, @RequestParam TransitionAvenant transition,
			RedirectAttributes redirection) {
		return agir(id, numero, "statut", () -> this.avenants.effectuer(id, numero, transition),
				"« " + transition.libelle() + " » : fait.", redirection);
	}

	@PostMapping("/conventions/{id}/avenants/{numero}/signataires/{signataireId}/signature")
	String signer(@PathVariable long id, @PathVariable int numero, @PathVariable long signataireId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable String lieu,
			@RequestParam(required = false) @Nullable MultipartFile copie, RedirectAttributes redirection)
			throws IOException {
		String nom = AvenantsRestController.nom(copie);
		byte[] octets = AvenantsRestController.octets(copie);
		try {
			AvenantLu avenant = this.signatures.enregistrer(id, numero, signataireId, date, lieu, nom, octets);
			redirection.addFlashAttribute("succes", (avenant.statut() == StatutAvenant.SIGNE)
					? "Dernière signature enregistrée : l'avenant est signé." : "Signature enregistrée.");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreursSignature", ex.erreurs());
			redirection.addFlashAttribute("signataireEnErreur", signataireId);
		}
		catch (ConflitMetier ex) {
			redirection.addFlashAttribute("erreur", ex.getMessage());
		}
		return "redirect:/conventions/" + id + "/avenants/" + numero + "#signataire-" + signataireId;
	}

	@PostMapping("/conventions/{id}/avenants/{numero}/signataires/{signataireId}/signature/retirer")
	String retirer(@PathVariable long id, @PathVariable int numero, @PathVariable long signataireId,
			RedirectAttributes redirection) {
		return agir(id, numero, "signatures", () -> this.signatures.retirer(id, numero, signataireId),
				"Signature retirée.", redirection);
	}

	@GetMapping("/conventions/{id}/avenants/{numero}/avenant.pdf")
	@ResponseBody
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int numero) {
		return Telechargement.affiche(this.lecture.pdf(id, numero), "avenant-" + numero + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/conventions/{id}/avenants/{numero}/signataires/{signataireId}/exemplaire-signe.pdf")
	@ResponseBody
	ResponseEntity<byte[]> copie(@PathVariable long id, @PathVariable int numero, @PathVariable long signataireId) {
		SignaturesAvenant.FichierSigne copie = this.signatures.copie(id, numero, signataireId);
		return Telechargement.affiche(copie.contenu(), copie.nom(), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/conventions/{id}/consolidee")
	String consolidee(@PathVariable long id, Model model) {
		ConventionConsolidee.Consolidation consolidation = this.consolidee.consolider(id);
		model.addAttribute("convention", consolidation.convention());
		model.addAttribute("consolidation", consolidation);
		return "avenant/consolidee";
	}

	@GetMapping("/conventions/{id}/consolidee/apercu")
	String apercuConsolidee(@PathVariable long id, Model model) {
		model.addAttribute("document", this.consolidee.html(this.consolidee.consolider(id)));
		return "document/apercu";
	}

	@GetMapping("/conventions/{id}/consolidee.pdf")
	@ResponseBody
	ResponseEntity<byte[]> consolideePdf(@PathVariable long id) {
		return Telechargement.affiche(this.consolidee.pdf(id).contenu(), "convention-consolidee.pdf",
				MediaType.APPLICATION_PDF);
	}

	private String creer(long id, Supplier<AvenantLu> creation, RedirectAttributes redirection) {
		try {
			AvenantLu avenant = creation.get();
			redirection.addFlashAttribute("succes", "Avenant n° " + avenant.numero() + " créé.");
			return "redirect:/conventions/" + id + "/avenants/" + avenant.numero();
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreurAvenant", String.join(" ", ex.erreurs().values()));
		}
		catch (ConflitMetier ex) {
			redirection.addFlashAttribute("erreurAvenant", ex.getMessage());
		}
		return "redirect:/conventions/" + id + "#avenants";
	}

	private String agir(long id, int numero, String ancre, Supplier<AvenantLu> action, String succes,
			RedirectAttributes redirection) {
		try {
			action.get();
			redirection.addFlashAttribute("succes", succes);
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreurs", ex.erreurs());
			redirection.addFlashAttribute("erreur", String.join(" ", ex.erreurs().values()));
		}
		catch (ConflitMetier ex) {
			redirection.addFlashAttribute("erreur", ex.getMessage());
		}
		return "redirect:/conventions/" + id + "/avenants/" + numero + "#" + ancre;
	}

}
