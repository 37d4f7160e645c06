package fr.atelierctg.annexe.competences;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AO competence table for the Caf's IT and the collectivités' tools (HTTP Basic).
 * Errors are RFC 9457 problem+json in French; a row of another signatory's part is 403
 * for a chargé(e) de coopération.
 */
@RestController
@RequestMapping("/api/conventions/{id}/annexes/competences")
@Tag(name = "Annexe 3 – Compétences des autorités organisatrices",
		description = "Tableau des compétences d'autorité organisatrice de l'accueil du jeune enfant (art. L. 214-1-3 CASF) et sa vérification")
class CompetencesRestController {

	private final CompetencesApi lecture;

	private final EditionCompetences edition;

	CompetencesRestController(CompetencesApi lecture, EditionCompetences edition) {
		this.lecture = lecture;
		this.edition = edition;
	}

	@GetMapping
	@Operation(
			summary = "Lignes du tableau (communes, EPCI avec leurs populations calculées) et constats de la vérification",
			description = "Les lignes des collectivités signataires sont créées, pré-remplies selon la loi, à la première lecture.")
	TableauJson lire(@PathVariable long id) {
		return TableauJson.de(CompetencesController.ouvrir(this.edition, this.lecture, id));
	}

	@PutMapping("/lignes/{ligneId}")
	@Operation(
			summary = "Modifie la ligne d'une commune : population saisie (avec source et année) et exercice des quatre compétences")
	LigneAo modifier(@PathVariable long id, @PathVariable long ligneId, @RequestBody LigneCommande commande) {
		return this.edition.modifier(id, ligneId, commande);
	}

	@PostMapping("/epci/{signataireId}/membres")
	@Operation(summary = "Ajoute une ligne pour chaque commune membre de l'EPCI signataire qui n'en a pas")
	TableauJson ajouterMembres(@PathVariable long id, @PathVariable long signataireId) {
		this.edition.ajouterMembres(id, signataireId);
		return TableauJson.de(this.lecture.tableau(id));
	}

	@DeleteMapping("/lignes/{ligneId}")
	@Operation(summary = "Retire la ligne d'une commune membre (pas celle d'un signataire)")
	ResponseEntity<Void> retirer(@PathVariable long id, @PathVariable long ligneId) {
		this.edition.retirer(id, ligneId);
		return ResponseEntity.noContent().build();
	}

	record TableauJson(List<LigneAo> lignes, VerificationJson verification) {

		static TableauJson de(TableauAo tableau) {
			return new TableauJson(tableau.lignes(),
					new VerificationJson(CompetencesController.resume(tableau), tableau.erreurs(),
							tableau.avertissements(),
							tableau.constats()
								.stream()
								.map((c) -> new ConstatJson(c.ligne().id(), c.ligne().code(), c.ligne().nom(),
										c.constat().gravite(), c.constat().code(), c.constat().message(),
										c.constat().competence()))
								.toList()));
		}

	}

	record VerificationJson(String resume, long erreurs, long avertissements, List<ConstatJson> constats) {
	}

	record ConstatJson(long ligneId, String ligne, String nom, Gravite gravite, String code, String message,
			@Nullable Competence competence) {
	}

}
