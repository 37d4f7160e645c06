package fr.atelierctg.convention;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The collectivités' transmitted contributions over the API (a REST controller, so that
 * its errors are problem+json).
 */
@RestController
@Tag(name = "Contributions", description = "Une collectivité signale à la Caf que sa partie est prête")
class ContributionRestController {

	private final Contributions contributions;

	ContributionRestController(Contributions contributions) {
		this.contributions = contributions;
	}

	@Operation(summary = "Contributions transmises à la Caf, de la plus ancienne à la plus récente")
	@GetMapping("/api/conventions/{id}/contributions")
	List<ContributionLue> lister(@PathVariable long id) {
		return this.contributions.transmises(id);
	}

	@Operation(summary = "Transmet la contribution d'une collectivité à la Caf (pendant la concertation)",
			description = "Chargé·e de coopération de ce signataire seulement (403 sinon) ; 409 hors concertation.")
	@PostMapping("/api/conventions/{id}/contributions")
	@ResponseStatus(HttpStatus.CREATED)
	ContributionLue transmettreApi(@PathVariable long id, @RequestBody Transmission transmission) {
		return this.contributions.transmettre(id, transmission.signataireId(), transmission.message());
	}

	record Transmission(long signataireId, String message) {
	}

}
