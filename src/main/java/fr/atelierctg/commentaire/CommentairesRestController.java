package fr.atelierctg.commentaire;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.atelierctg.common.erreurs.DonneesInvalides;

/**
 * The comments of a convention for the Caf's IT (HTTP Basic). Errors are RFC 9457
 * problem+json in French, with the faulty fields in {@code erreurs}.
 */
@RestController
@RequestMapping("/api/conventions/{id}/commentaires")
@Tag(name = "Commentaires",
		description = "Discussions sur les articles et les annexes d'une convention : partagées avec les "
				+ "collectivités ou internes à la Caf (jamais montrées aux chargés de coopération), résolues, rouvertes")
class CommentairesRestController {

	private final CommentairesApi commentaires;

	CommentairesRestController(CommentairesApi commentaires) {
		this.commentaires = commentaires;
	}

	@GetMapping
	@Operation(summary = "Les discussions que l'utilisateur peut lire, regroupées par article ou annexe",
			description = "etat : ouverts, resolus ou tous (par défaut).")
	List<GroupeDeFils> lister(@PathVariable long id,
			@Parameter(description = "ouverts, resolus ou tous") @RequestParam(defaultValue = "tous") String etat) {
		EtatFils choisi = EtatFils.depuis(etat)
			.orElseThrow(() -> DonneesInvalides.sur("etat", "Choisissez ouverts, resolus ou tous."));
		return this.commentaires.fils(id, choisi).groupes();
	}

	@GetMapping("/ouverts")
	@Operation(summary = "Le nombre de discussions ouvertes que l'utilisateur peut lire, en tout et par article "
			+ "ou annexe (clés article-{id}, annexe-{id})")
	OuvertsLus ouverts(@PathVariable long id) {
		return this.commentaires.ouvertsParCible(id);
	}

	@PostMapping
	@Operation(summary = "Ouvre une discussion sur un article ou une annexe (éventuellement une de ses sections)",
			description = "Conseillers, directeurs, administrateurs de la Caf et chargés de coopération ; une "
					+ "discussion INTERNE est réservée au personnel de la Caf (403 pour une collectivité). "
					+ "Texte simple de 4 000 caractères au plus.")
	ResponseEntity<FilLu> ouvrir(@PathVariable long id, @RequestBody NouveauFil nouveau) {
		FilLu fil = this.commentaires.ouvrir(id, nouveau);
		return ResponseEntity.created(adresse(id, fil.id())).body(fil);
	}

	@GetMapping("/{filId}")
	@Operation(summary = "Une discussion et ses réponses")
	FilLu lire(@PathVariable long id, @PathVariable long filId) {
		return this.commentaires.fil(id, filId);
	}

	@PostMapping("/{filId}/reponses")
	@Operation(summary = "Répond à une discussion (la réponse s'ajoute à la fin)")
	ResponseEntity<FilLu> repondre(@PathVariable long id, @PathVariable long filId,
			@RequestBody NouvelleReponse reponse) {
		return ResponseEntity.created(adresse(id, filId)).body(this.commentaires.repondre(id, filId, reponse));
	}

	@PutMapping("/{filId}/resolution")
	@Operation(summary = "Marque la discussion comme résolue (qui et quand sont conservés)",
			description = "Personnel de la Caf qui écrit, ou chargé de coopération de la collectivité qui a ouvert "
					+ "la discussion.")
	FilLu resoudre(@PathVariable long id, @PathVariable long filId) {
		return this.commentaires.resoudre(id, filId);
	}

	@DeleteMapping("/{filId}/resolution")
	@Operation(summary = "Rouvre une discussion résolue")
	FilLu rouvrir(@PathVariable long id, @PathVariable long filId) {
		return this.commentaires.rouvrir(id, filId);
	}

	private static URI adresse(long id, long filId) {
		return URI.create("/api/conventions/" + id + "/commentaires/" + filId);
	}

}
