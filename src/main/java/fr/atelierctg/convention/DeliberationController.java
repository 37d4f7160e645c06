package fr.atelierctg.convention;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.web.Telechargement;

/** Depositing and downloading the signed deliberation of a signatory (pages and API). */
@Controller
class DeliberationController {

	private final DeliberationService deliberations;

	DeliberationController(DeliberationService deliberations) {
		this.deliberations = deliberations;
	}

	@PostMapping("/conventions/{id}/signataires/{signataireId}/deliberation")
	String deposer(@PathVariable long id, @PathVariable long signataireId,
			@RequestParam(required = false) MultipartFile fichier,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirection) throws IOException {
		String page = "redirect:/conventions/" + id + "/signataires/" + signataireId + "#deliberation";
		try {
			DeliberationLue deposee = this.deliberations.deposer(id, signataireId, nom(fichier), octets(fichier), date);
			redirection.addFlashAttribute("succes", "Délibération déposée (" + deposee.pages()
					+ (deposee.pages() > 1 ? " pages" : " page") + ") ; son visa porte désormais sa date.");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreurDeliberation", String.join(" ", ex.erreurs().values()));
		}
		return page;
	}

	@PostMapping("/conventions/{id}/signataires/{signataireId}/deliberation/retirer")
	String retirer(@PathVariable long id, @PathVariable long signataireId, RedirectAttributes redirection) {
		this.deliberations.retirer(id, signataireId);
		redirection.addFlashAttribute("succes", "Délibération retirée.");
		return "redirect:/conventions/" + id + "/signataires/" + signataireId + "#deliberation";
	}

	@GetMapping("/conventions/{id}/signataires/{signataireId}/deliberation.pdf")
	@ResponseBody
	ResponseEntity<byte[]> telecharger(@PathVariable long id, @PathVariable long signataireId) {
		return fichier(this.deliberations, id, signataireId);
	}

	static ResponseEntity<byte[]> fichier(DeliberationService deliberations, long id, long signataireId) {
		DeliberationService.FichierPdf fichier = deliberations.fichier(id, signataireId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Délibération du signataire", signataireId));
		return Telechargement.affiche(fichier.contenu(), fichier.nom(), MediaType.APPLICATION_PDF);
	}

	static String nom(MultipartFile fichier) {
		return (fichier == null) ? null : fichier.getOriginalFilename();
	}

	static byte[] octets(MultipartFile fichier) throws IOException {
		return (fichier == null || fichier.isEmpty()) ? null : fichier.getBytes();
	}

	/** The same for the Caf's IT. */
	@RestController
	static class Api {

		private final DeliberationService deliberations;

		Api(DeliberationService deliberations) {
			this.deliberations = deliberations;
		}

		@PostMapping(value = "/api/conventions/{id}/signataires/{signataireId}/deliberation",
				consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
		@Operation(summary = "Dépose la délibération signée (PDF, 20 Mo au plus, vérifié par son contenu) et sa date")
		ResponseEntity<DeliberationLue> deposer(@PathVariable long id, @PathVariable long signataireId,
				@RequestParam(required = false) MultipartFile fichier,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date)
				throws IOException {
			DeliberationLue deposee = this.deliberations.deposer(id, signataireId, nom(fichier), octets(fichier), date);
			return ResponseEntity
				.created(URI.create("/api/conventions/" + id + "/signataires/" + signataireId + "/deliberation.pdf"))
				.body(deposee);
		}

		@GetMapping("/api/conventions/{id}/signataires/{signataireId}/deliberation.pdf")
		ResponseEntity<byte[]> telecharger(@PathVariable long id, @PathVariable long signataireId) {
			return fichier(this.deliberations, id, signataireId);
		}

		@DeleteMapping("/api/conventions/{id}/signataires/{signataireId}/deliberation")
		ResponseEntity<Void> retirer(@PathVariable long id, @PathVariable long signataireId) {
			this.deliberations.retirer(id, signataireId);
			return ResponseEntity.noContent().build();
		}

	}

}
