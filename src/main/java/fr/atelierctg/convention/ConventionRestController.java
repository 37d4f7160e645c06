package fr.atelierctg.convention;

import fr.atelierctg.common.erreurs.ModificationConcurrente;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

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

import fr.atelierctg.common.francais.Civilite;

/**
 * The conventions for the Caf's IT (HTTP Basic). Errors are RFC 9457 problem+json in
 * French.
 */
@RestController
@RequestMapping("/api/conventions")
@Tag(name = "Conventions", description = "Conventions territoriales globales de la Caf de l'utilisateur")
class ConventionRestController {

	private final ConventionApi lecture;

	private final ConventionService redaction;

	private final RapportVerification verification;

	ConventionRestController(ConventionApi lecture, ConventionService redaction, RapportVerification verification) {
		this.verification = verification;
		this.lecture = lecture;
		this.redaction = redaction;
	}

	@GetMapping
	@Operation(summary = "Liste des conventions visibles par l'utilisateur")
	List<ConventionJson> lister() {
		return this.lecture.lister()
			.stream()
			.map((c) -> new ConventionJson(c.id(), c.titre(), c.territoire(), c.periode().debut(), c.periode().fin(),
					null, null, null, c.statut(), null, null))
			.toList();
	}

	@PostMapping
	@Operation(summary = "Crée une convention à partir du modèle national")
	ResponseEntity<ConventionJson> creer(@Valid @RequestBody ConventionCommande commande) {
		long id = this.redaction.creer(commande, null, null);
		return ResponseEntity.created(URI.create("/api/conventions/" + id)).body(json(this.lecture.lire(id)));
	}

	@GetMapping("/{id}")
	ConventionJson lire(@PathVariable long id) {
		return json(this.lecture.lire(id));
	}

	@PutMapping("/{id}")
	ConventionJson modifier(@PathVariable long id, @Valid @RequestBody ConventionCommande commande) {
		this.redaction.modifier(id, commande);
		return json(this.lecture.lire(id));
	}

	@GetMapping("/{id}/signataires")
	List<SignataireJson> signataires(@PathVariable long id) {
		return this.lecture.lire(id).signataires().stream().map(SignataireJson::de).toList();
	}

	@PostMapping("/{id}/signataires")
	ResponseEntity<SignataireJson> ajouterSignataire(@PathVariable long id,
			@Valid @RequestBody SignataireCommande commande) {
		long signataireId = this.redaction.ajouterSignataire(id, commande);
		return ResponseEntity.created(URI.create("/api/conventions/" + id + "/signataires/" + signataireId))
			.body(signataire(id, signataireId));
	}

	@GetMapping("/{id}/signataires/{signataireId}")
	SignataireJson signataire(@PathVariable long id, @PathVariable long signataireId) {
		return this.lecture.lire(id)
			.signataire(signataireId)
			.map(SignataireJson::de)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Signataire", signataireId));
	}

	@PutMapping("/{id}/signataires/{signataireId}")
	SignataireJson modifierSignataire(@PathVariable long id, @PathVariable long signataireId,
			@Valid @RequestBody SignataireCommande commande) {
		this.redaction.modifierSignataire(id, signataireId, commande);
		return signataire(id, signataireId);
	}

	@DeleteMapping("/{id}/signataires/{signataireId}")
	ResponseEntity<Void> retirerSignataire(@PathVariable long id, @PathVariable long signataireId) {
		this.redaction.retirerSignataire(id, signataireId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/articles")
	@Operation(summary = "Articles dans l'ordre du document, avec leur numéro calculé")
	List<ArticleJson> articles(@PathVariable long id) {
		return this.lecture.lire(id).articles().stream().map(ArticleJson::de).toList();
	}

	@PostMapping("/{id}/articles")
	@Operation(summary = "Ajoute un article (à la fin, ou après l'article « apres »)")
	ResponseEntity<ArticleJson> ajouterArticle(@PathVariable long id, @Valid @RequestBody ArticleCommande commande,
			@RequestParam(required = false) Long apres) {
		long articleId = this.redaction.ajouterArticle(id, commande, apres);
		return ResponseEntity.created(URI.create("/api/conventions/" + id + "/articles/" + articleId))
			.body(article(id, articleId));
	}

	@GetMapping("/{id}/articles/{articleId}")
	ArticleJson article(@PathVariable long id, @PathVariable long articleId) {
		return this.lecture.lire(id)
			.article(articleId)
			.map(ArticleJson::de)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Article", articleId));
	}

	@PutMapping("/{id}/articles/{articleId}")
	ArticleJson modifierArticle(@PathVariable long id, @PathVariable long articleId,
			@Valid @RequestBody ArticleCommande commande) {
		try {
			this.redaction.modifierArticle(id, articleId, commande);
		}
		catch (ModificationConcurrente ex) {
			throw ex.avec(this.redaction.articleActuel(id, articleId));
		}
		return article(id, articleId);
	}

	@DeleteMapping("/{id}/articles/{articleId}")
	ResponseEntity<Void> retirerArticle(@PathVariable long id, @PathVariable long articleId) {
		this.redaction.retirerArticle(id, articleId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/verification")
	@Operation(
			summary = "Rapport de vérification avant signature : erreurs bloquantes puis avertissements, chacun avec le lien de la page où le corriger")
	RapportJson verification(@PathVariable long id) {
		List<VerificationConvention.Signalement> signalements = this.verification.verifier(id);
		long erreurs = signalements.stream().filter(VerificationConvention.Signalement::bloquant).count();
		return new RapportJson(erreurs, signalements.size() - erreurs, signalements);
	}

	@GetMapping("/{id}/annexes")
	@Operation(summary = "Annexes dans l'ordre, avec leur numéro calculé")
	List<AnnexeJson> annexes(@PathVariable long id) {
		return this.lecture.lire(id).annexes().stream().map(AnnexeJson::de).toList();
	}

	@PostMapping("/{id}/annexes")
	@Operation(summary = "Ajoute une annexe libre (texte riche) à la fin")
	ResponseEntity<AnnexeJson> ajouterAnnexe(@PathVariable long id, @Valid @RequestBody AnnexeCommande commande) {
		long annexeId = this.redaction.ajouterAnnexe(id, commande);
		return ResponseEntity.created(URI.create("/api/conventions/" + id + "/annexes/" + annexeId))
			.body(annexe(id, annexeId));
	}

	@GetMapping("/{id}/annexes/{annexeId}")
	AnnexeJson annexe(@PathVariable long id, @PathVariable long annexeId) {
		return this.lecture.lire(id)
			.annexe(annexeId)
			.map(AnnexeJson::de)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Annexe", annexeId));
	}

	@PutMapping("/{id}/annexes/{annexeId}")
	@Operation(summary = "Modifie le titre (et le texte d'une annexe libre)")
	AnnexeJson modifierAnnexe(@PathVariable long id, @PathVariable long annexeId,
			@Valid @RequestBody AnnexeCommande commande) {
		try {
			this.redaction.modifierAnnexe(id, annexeId, commande);
		}
		catch (ModificationConcurrente ex) {
			throw ex.avec(this.redaction.annexeActuelle(id, annexeId));
		}
		return annexe(id, annexeId);
	}

	@DeleteMapping("/{id}/annexes/{annexeId}")
	@Operation(summary = "Retire une annexe, sauf si un article la cite")
	ResponseEntity<Void> retirerAnnexe(@PathVariable long id, @PathVariable long annexeId) {
		this.redaction.retirerAnnexe(id, annexeId);
		return ResponseEntity.noContent().build();
	}

	private static ConventionJson json(ConventionLue c) {
		return new ConventionJson(c.id(), c.titre(), c.territoire(), c.periode().debut(), c.periode().fin(),
				c.lieuSignature(), c.presidenceCopil(), c.ctgDansMaPoche(), c.statut(), c.editionModele(), c.version());
	}

	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
	record ConventionJson(long id, String titre, String territoire, LocalDate dateDebut, LocalDate dateFin,
			String lieuSignature, PresidenceCopil presidenceCopil, Boolean ctgDansMaPoche, StatutConvention statut,
			String editionModele, Long version) {
	}

	record RepresentantJson(Civilite civilite, String prenom, String nom, String qualite) {

		static RepresentantJson de(Representant r) {
			return (r == null) ? null : new RepresentantJson(r.civilite(), r.prenom(), r.nom(), r.qualite());
		}

	}

	record DeliberationJson(String instance, LocalDate date) {
	}

	record SignataireJson(long id, TypeSignataire type, CategoriePartenaire categorie, String codeInsee, String siren,
			String nom, Integer population, RepresentantJson representant, RepresentantJson coRepresentant,
			DeliberationJson deliberation) {

		static SignataireJson de(SignataireLu s) {
			IdentiteSignataire i = s.identite();
			return new SignataireJson(s.id(), i.type(), i.categorie(), i.codeInsee(), i.siren(), i.nom(),
					i.population(), RepresentantJson.de(s.representant()), RepresentantJson.de(s.coRepresentant()),
					new DeliberationJson(s.deliberationInstance(), s.deliberationDate()));
		}

	}

	record ArticleJson(long id, String nature, int numero, String intitule, String cle, String titre, String contenu,
			long version) {

		static ArticleJson de(ArticleLu a) {
			return new ArticleJson(a.id(), a.nature().name(), a.numero(), a.intitule(), a.cle(), a.titre(), a.contenu(),
					a.version());
		}

	}

	record RapportJson(long erreurs, long avertissements, List<VerificationConvention.Signalement> signalements) {
	}

	/**
	 * @param fichier the uploaded PDF an annex is made of, null for a text annex
	 */
	record AnnexeJson(long id, int numero, String intitule, String cle, String titre, boolean duModele, String contenu,
			FichierJoint fichier, long version) {

		static AnnexeJson de(AnnexeLu a) {
			return new AnnexeJson(a.id(), a.numero(), a.intitule(), a.cle(), a.titre(), a.duModele(),
					a.estUnPdf() ? null : a.contenu(), a.fichier(), a.version());
		}

	}

}
