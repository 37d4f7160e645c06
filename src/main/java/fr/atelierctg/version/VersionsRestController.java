package fr.atelierctg.version;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.atelierctg.common.web.Telechargement;

/**
 * The versions of a convention for the Caf's IT (HTTP Basic). Errors are RFC 9457
 * problem+json in French; an unknown convention or version is 404.
 */
@RestController
@RequestMapping("/api/conventions/{id}/versions")
@Tag(name = "Versions",
		description = "Instantanés figés d'une convention (à chaque changement de statut et à la demande), "
				+ "leur PDF, et la comparaison de deux versions")
class VersionsRestController {

	private final VersionsApi versions;

	VersionsRestController(VersionsApi versions) {
		this.versions = versions;
	}

	@GetMapping
	@Operation(summary = "Les versions de la convention, de la plus ancienne à la plus récente")
	List<VersionLue> lister(@PathVariable long id) {
		return this.versions.lister(id);
	}

	@PostMapping
	@Operation(summary = "Enregistre une version maintenant (conseillers et directeurs de la Caf)",
			description = "libelle : nom facultatif de la version, 200 caractères au plus.")
	ResponseEntity<VersionLue> enregistrer(@PathVariable long id,
			@RequestBody(required = false) NouvelleVersion nouvelle) {
		VersionLue version = this.versions.enregistrer(id, (nouvelle == null) ? null : nouvelle.libelle());
		return ResponseEntity.created(URI.create("/api/conventions/" + id + "/versions/" + version.numero()))
			.body(version);
	}

	@GetMapping("/{numero:\\d+}")
	@Operation(summary = "Le contenu figé d'une version : titre, parties, articles, textes et tableaux des annexes")
	ContenuVersion lire(@PathVariable long id, @PathVariable int numero) {
		return this.versions.contenu(id, numero);
	}

	@GetMapping("/{numero:\\d+}/pdf")
	@Operation(summary = "Le PDF de la version, tel qu'il était (son SHA-256 figure dans la liste)")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int numero) {
		VersionsApi.PdfVersion pdf = this.versions.pdf(id, numero);
		return Telechargement.affiche(pdf.contenu(), pdf.nomDeFichier(), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/comparaison")
	@Operation(summary = "Les différences entre deux versions, ou entre une version et l'état actuel",
			description = "Textes mot à mot (<del>/<ins> dans html), tableaux ligne par ligne.")
	ComparaisonVersions comparer(@PathVariable long id, @RequestParam int de,
			@Parameter(description = "numéro de version, ou « actuel » (par défaut)") @RequestParam(
					defaultValue = Comparer.ACTUEL) String a) {
		return this.versions.comparer(id, de, Comparer.arrivee(a));
	}

}
