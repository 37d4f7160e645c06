package fr.atelierctg.convention;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.web.Telechargement;

/** Annexes made of an uploaded PDF: adding, replacing the file, downloading it. */
@Controller
class AnnexePdfController {

	private final AnnexesPdf annexes;

	AnnexePdfController(AnnexesPdf annexes) {
		this.annexes = annexes;
	}

	@PostMapping("/conventions/{id}/annexes/nouvelle-pdf")
	String ajouter(@PathVariable long id, @RequestParam(required = false) String titre,
			@RequestParam(required = false) MultipartFile fichier, RedirectAttributes redirection) throws IOException {
		try {
			this.annexes.ajouter(id, titre, DeliberationController.nom(fichier),
					DeliberationController.octets(fichier));
			redirection.addFlashAttribute("succes",
					"Annexe ajoutée ; les pages du fichier suivront son titre dans le PDF.");
			return "redirect:/conventions/" + id + "#annexes";
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreursPdf", ex.erreurs());
			redirection.addFlashAttribute("titrePdf", titre);
			return "redirect:/conventions/" + id + "/annexes/nouvelle#pdf";
		}
	}

	@PostMapping("/conventions/{id}/annexes/{annexeId}/fichier")
	String remplacer(@PathVariable long id, @PathVariable long annexeId,
			@RequestParam(required = false) MultipartFile fichier, RedirectAttributes redirection) throws IOException {
		try {
			this.annexes.remplacer(id, annexeId, DeliberationController.nom(fichier),
					DeliberationController.octets(fichier));
			redirection.addFlashAttribute("succes", "Fichier remplacé.");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreurFichier", String.join(" ", ex.erreurs().values()));
		}
		return "redirect:/conventions/" + id + "/annexes/" + annexeId + "#fichier";
	}

	@GetMapping("/conventions/{id}/annexes/{annexeId}/fichier.pdf")
	@ResponseBody
	ResponseEntity<byte[]> telecharger(@PathVariable long id, @PathVariable long annexeId) {
		return fichier(this.annexes, id, annexeId);
	}

	static ResponseEntity<byte[]> fichier(AnnexesPdf annexes, long id, long annexeId) {
		DeliberationService.FichierPdf fichier = annexes.fichier(id, annexeId);
		return Telechargement.affiche(fichier.contenu(), fichier.nom(), MediaType.APPLICATION_PDF);
	}

	/** The same for the Caf's IT. */
	@RestController
	@Tag(name = "Conventions")
	static class Api {

		private final AnnexesPdf annexes;

		private final ConventionApi lecture;

		Api(AnnexesPdf annexes, ConventionApi lecture) {
			this.annexes = annexes;
			this.lecture = lecture;
		}

		@PostMapping(value = "/api/conventions/{id}/annexes/pdf", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
		@Operation(
				summary = "Ajoute à la fin une annexe faite d'un fichier PDF (20 Mo au plus, vérifié par son contenu)")
		ResponseEntity<ConventionRestController.AnnexeJson> ajouter(@PathVariable long id,
				@RequestParam(required = false) String titre, @RequestParam(required = false) MultipartFile fichier)
				throws IOException {
			long annexeId = this.annexes.ajouter(id, titre, DeliberationController.nom(fichier),
					DeliberationController.octets(fichier));
			return ResponseEntity.created(URI.create("/api/conventions/" + id + "/annexes/" + annexeId))
				.body(annexe(id, annexeId));
		}

		@PutMapping(value = "/api/conventions/{id}/annexes/{annexeId}/fichier",
				consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
		@Operation(summary = "Remplace le fichier PDF d'une annexe (numéro et références inchangés)")
		ConventionRestController.AnnexeJson remplacer(@PathVariable long id, @PathVariable long annexeId,
				@RequestParam(required = false) MultipartFile fichier) throws IOException {
			this.annexes.remplacer(id, annexeId, DeliberationController.nom(fichier),
					DeliberationController.octets(fichier));
			return annexe(id, annexeId);
		}

		@GetMapping("/api/conventions/{id}/annexes/{annexeId}/fichier.pdf")
		@Operation(summary = "Le fichier PDF d'une annexe, tel que déposé")
		ResponseEntity<byte[]> telecharger(@PathVariable long id, @PathVariable long annexeId) {
			return fichier(this.annexes, id, annexeId);
		}

		private ConventionRestController.AnnexeJson annexe(long id, long annexeId) {
			return this.lecture.lire(id)
				.annexe(annexeId)
				.map(ConventionRestController.AnnexeJson::de)
				.orElseThrow(() -> ConventionIntrouvable.pourElement("Annexe", annexeId));
		}

	}

}
