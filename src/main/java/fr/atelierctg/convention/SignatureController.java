package fr.atelierctg.convention;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.web.Telechargement;

/** The signatures page: who signed, when, where; a form for each party still to sign. */
@Controller
class SignatureController {

	private final ConventionApi lecture;

	private final Signatures signatures;

	SignatureController(ConventionApi lecture, Signatures signatures) {
		this.lecture = lecture;
		this.signatures = signatures;
	}

	@GetMapping("/conventions/{id}/signatures")
	String page(@PathVariable long id, Model model) {
		ConventionLue convention = this.lecture.lire(id);
		model.addAttribute("convention", convention);
		model.addAttribute("signables", this.signatures.signablesParLUtilisateur(id));
		model.addAttribute("aujourdhui", LocalDate.now());
		return "convention/signatures";
	}

	@PostMapping("/conventions/{id}/signataires/{signataireId}/signature")
	String enregistrer(@PathVariable long id, @PathVariable long signataireId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String lieu, @RequestParam(required = false) MultipartFile copie,
			RedirectAttributes redirection) throws IOException {
		try {
			this.signatures.enregistrer(id, signataireId, date, lieu, DeliberationController.nom(copie),
					DeliberationController.octets(copie));
			ConventionLue convention = this.lecture.lire(id);
			redirection.addFlashAttribute("succes", convention.statut().signee()
					? "Dernière signature enregistrée : la convention est « " + convention.statut().libelle() + " »."
					: "Signature enregistrée.");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreursSignature", ex.erreurs());
			redirection.addFlashAttribute("signataireEnErreur", signataireId);
		}
		catch (ConflitMetier ex) {
			redirection.addFlashAttribute("erreur", ex.getMessage());
		}
		return "redirect:/conventions/" + id + "/signatures#signataire-" + signataireId;
	}

	@PostMapping("/conventions/{id}/signataires/{signataireId}/signature/retirer")
	String retirer(@PathVariable long id, @PathVariable long signataireId, RedirectAttributes redirection) {
		this.signatures.retirer(id, signataireId);
		redirection.addFlashAttribute("succes", "Signature retirée.");
		return "redirect:/conventions/" + id + "/signatures#signataire-" + signataireId;
	}

	@GetMapping("/conventions/{id}/signataires/{signataireId}/exemplaire-signe.pdf")
	@ResponseBody
	ResponseEntity<byte[]> copie(@PathVariable long id, @PathVariable long signataireId) {
		DeliberationService.FichierPdf copie = this.signatures.copie(id, signataireId);
		return Telechargement.affiche(copie.contenu(), copie.nom(), MediaType.APPLICATION_PDF);
	}

	/** The same for the Caf's IT. */
	@RestController
	static class Api {

		private final Signatures signatures;

		Api(Signatures signatures) {
			this.signatures = signatures;
		}

		@PostMapping(value = "/api/conventions/{id}/signataires/{signataireId}/signature",
				consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
		@Operation(summary = "Enregistre la signature d'un signataire (date, lieu, exemplaire signé en PDF)",
				description = "La dernière signature rend la convention « signée » (et « en vigueur » si sa période a commencé).")
		ResponseEntity<SignatureLu> enregistrer(@PathVariable long id, @PathVariable long signataireId,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
				@RequestParam(required = false) String lieu, @RequestParam(required = false) MultipartFile copie)
				throws IOException {
			SignatureLu signature = this.signatures.enregistrer(id, signataireId, date, lieu,
					DeliberationController.nom(copie), DeliberationController.octets(copie));
			return ResponseEntity
				.created(URI.create("/conventions/" + id + "/signataires/" + signataireId + "/exemplaire-signe.pdf"))
				.body(signature);
		}

		@DeleteMapping("/api/conventions/{id}/signataires/{signataireId}/signature")
		@Operation(summary = "Retire une signature enregistrée par erreur (tant que la convention est en signature)")
		ResponseEntity<Void> retirer(@PathVariable long id, @PathVariable long signataireId) {
			this.signatures.retirer(id, signataireId);
			return ResponseEntity.noContent().build();
		}

	}

}
