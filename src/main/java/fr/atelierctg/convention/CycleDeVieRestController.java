package fr.atelierctg.convention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The life of a convention over the API: its status, the moves offered, their record. */
@RestController
@RequestMapping("/api/conventions/{id}")
@Tag(name = "Cycle de vie", description = "Statuts, transitions, résiliation d'une convention")
class CycleDeVieRestController {

	private final CycleDeVie cycle;

	private final ConventionApi lecture;

	CycleDeVieRestController(CycleDeVie cycle, ConventionApi lecture) {
		this.cycle = cycle;
		this.lecture = lecture;
	}

	@Operation(summary = "Statut, transitions permises à l'utilisateur et historique des transitions")
	@GetMapping("/cycle")
	Etat etat(@PathVariable long id) {
		ConventionLue convention = this.lecture.lire(id);
		return new Etat(convention.statut(), convention.statut().libelle(), convention.statut().fige(),
				this.cycle.possibles(id).stream().map(TransitionOfferte::de).toList(), this.cycle.historique(id),
				convention.cycle());
	}

	@Operation(summary = "Effectue une transition (OUVRIR_CONCERTATION, DEMANDER_RELECTURE, VALIDER…)",
			description = "403 si le rôle ne le permet pas, 409 depuis un autre statut ou si le rapport de "
					+ "vérification contient des erreurs bloquantes (listées dans « erreurs »).")
	@PostMapping("/transitions")
	Etat transition(@PathVariable long id, @RequestBody DemandeTransition demande) {
		this.cycle.effectuer(id, demande.transition(), demande.motif());
		return etat(id);
	}

	@Operation(summary = "Résilie une convention signée (mise en demeure : 1 mois, accord mutuel : 6 mois de préavis)")
	@PostMapping("/resiliation")
	Etat resilier(@PathVariable long id, @RequestBody DemandeResiliation demande) {
		this.cycle.resilier(id, demande.notification(), demande.motifResiliation(), demande.precision());
		return etat(id);
	}

	@Operation(summary = "Date de signature prévue (relances des délibérations manquantes)")
	@PutMapping("/signature-prevue")
	Etat prevoir(@PathVariable long id, @RequestBody DateSignaturePrevue demande) {
		this.cycle.prevoirSignature(id, demande.dateSignaturePrevue());
		return etat(id);
	}

	/** Blocking errors listed, each with the page that fixes it. */
	@ExceptionHandler(ValidationBloquee.class)
	ResponseEntity<ProblemDetail> bloquee(ValidationBloquee ex, jakarta.servlet.http.HttpServletRequest requete) {
		ProblemDetail probleme = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		probleme.setTitle("Validation impossible");
		probleme.setInstance(java.net.URI.create(requete.getRequestURI()));
		probleme.setProperty("erreurs",
				ex.erreurs().stream().map((e) -> Map.of("message", e.message(), "lien", e.lien())).toList());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(probleme);
	}

	record DemandeTransition(Transition transition, String motif) {
	}

	record DemandeResiliation(LocalDate notification, MotifResiliation motifResiliation, String precision) {
	}

	record DateSignaturePrevue(LocalDate dateSignaturePrevue) {
	}

	record TransitionOfferte(Transition transition, String libelle, String explication, StatutConvention vers,
			boolean motifObligatoire) {

		static TransitionOfferte de(Transition t) {
			return new TransitionOfferte(t, t.libelle(), t.explication(), t.vers(), t.motifObligatoire());
		}

	}

	record Etat(StatutConvention statut, String libelle, boolean fige, List<TransitionOfferte> transitionsPossibles,
			List<TransitionLue> historique, ConventionLue.Cycle cycle) {
	}

}
