package fr.atelierctg.avenant;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;

import fr.atelierctg.common.web.Telechargement;

/**
 * Avenants over the API: drafting, statuses, signatures, documents. Errors are
 * problem+json.
 */
@RestController
@RequestMapping("/api/conventions/{id}")
@Tag(name = "Avenants", description = "Avenants d'une convention signée, convention consolidée")
class AvenantsRestController {

	private final AvenantsApi lecture;

	private final Avenants avenants;

	private final SignaturesAvenant signatures;

	private final ConventionConsolidee consolidee;

	AvenantsRestController(AvenantsApi lecture, Avenants avenants, SignaturesAvenant signatures,
			ConventionConsolidee consolidee) {
		this.lecture = lecture;
		this.avenants = avenants;
		this.signatures = signatures;
		this.consolidee = consolidee;
	}

	@Operation(summary = "Avenants de la convention, du premier au dernier")
	@GetMapping("/avenants")
	List<AvenantLu> lister(@PathVariable long id) {
		return this.lecture.lister(id);
	}

	@Operation(summary = "Rédige un avenant (convention signée ou en vigueur, un seul avenant en cours)",
			description = "409 si la convention n'est pas signée ou si un avenant est déjà en cours.")
	@PostMapping("/avenants")
	ResponseEntity<AvenantLu> rediger(@PathVariable long id, @RequestBody NouvelAvenant demande) {
		return cree(id, this.avenants.rediger(id, demande.objet()));
	}

	@Operation(summary = "Avenant de prolongation d'un an, en un clic (nouvelle rédaction de l'article « Durée »)")
	@PostMapping("/avenants/prolongation")
	ResponseEntity<AvenantLu> prolonger(@PathVariable long id) {
		return cree(id, this.avenants.prolonger(id));
	}

	@Operation(summary = "Un avenant, avec les transitions permises à l'utilisateur")
	@GetMapping("/avenants/{numero}")
	Etat lire(@PathVariable long id, @PathVariable int numero) {
		return new Etat(this.lecture.lire(id, numero), this.avenants.possibles(id, numero));
	}

	@Operation(summary = "Objet, date d'effet (vide : à la dernière signature) et lieu de signature")
	@PutMapping("/avenants/{numero}")
	Etat entete(@PathVariable long id, @PathVariable int numero, @RequestBody Entete demande) {
		this.avenants.modifierEntete(id, numero, demande.objet(), demande.dateEffet(), demande.lieu(),
				demande.version());
		return lire(id, numero);
	}

	@Operation(summary = "Articles et annexes tels que l'avenant les cite (texte consolidé avant lui)")
	@GetMapping("/avenants/{numero}/textes-actuels")
	Collection<TexteActuel> textesActuels(@PathVariable long id, @PathVariable int numero) {
		return this.lecture.textesActuels(id, numero).values();
	}

	@Operation(summary = "Choisit les articles et annexes modifiés (clés « article-duree », « annexe-equipements »…)")
	@PutMapping("/avenants/{numero}/modifications")
	Etat choisir(@PathVariable long id, @PathVariable int numero, @RequestBody Choix demande) {
		this.avenants.choisir(id, numero, demande.cibles(), demande.version());
		return lire(id, numero);
	}

	@Operation(summary = "Nouvelle rédaction d'une modification (texte riche, nettoyé)")
	@PutMapping("/avenants/{numero}/modifications/{cle}")
	Etat reecrire(@PathVariable long id, @PathVariable int numero, @PathVariable String cle,
			@RequestBody NouvelleRedaction demande) {
		this.avenants.reecrire(id, numero, cle, demande.nouveauTexte(), demande.version());
		return lire(id, numero);
	}

	@Operation(summary = "Effectue une transition (VALIDER, REVENIR_AU_BROUILLON, METTRE_EN_SIGNATURE, ABANDONNER)")
	@PostMapping("/avenants/{numero}/transitions")
	Etat transition(@PathVariable long id, @PathVariable int numero, @RequestBody DemandeTransition demande) {
		this.avenants.effectuer(id, numero, demande.transition());
		return lire(id, numero);
	}

	@Operation(summary = "Enregistre la signature d'une partie (date, lieu, exemplaire signé en PDF facultatif)",
			description = "La dernière rend l'avenant « signé » ; une prolongation signée recule la fin de la convention.")
	@PostMapping(value = "/avenants/{numero}/signataires/{signataireId}/signature",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AvenantLu> signer(@PathVariable long id, @PathVariable int numero, @PathVariable long signataireId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable String lieu,
			@RequestParam(required = false) @Nullable MultipartFile copie) throws IOException {
		AvenantLu avenant = this.signatures.enregistrer(id, numero, signataireId, date, lieu, nom(copie),
				octets(copie));
		return ResponseEntity.created(URI.create("/api/conventions/" + id + "/avenants/" + numero)).body(avenant);
	}

	@Operation(summary = "Retire une signature enregistrée par erreur (tant que l'avenant est en signature)")
	@DeleteMapping("/avenants/{numero}/signataires/{signataireId}/signature")
	ResponseEntity<Void> retirer(@PathVariable long id, @PathVariable int numero, @PathVariable long signataireId) {
		this.signatures.retirer(id, numero, signataireId);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Le PDF de l'avenant (filigrane « PROJET » tant qu'il n'est pas validé)")
	@GetMapping("/avenants/{numero}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int numero) {
		return Telechargement.affiche(this.lecture.pdf(id, numero), "avenant-" + numero + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@Operation(summary = "Le PDF de la convention consolidée (avec ses avenants signés)")
	@GetMapping("/consolidee/pdf")
	ResponseEntity<byte[]> consolidee(@PathVariable long id) {
		return Telechargement.affiche(this.consolidee.pdf(id).contenu(), "convention-consolidee.pdf",
				MediaType.APPLICATION_PDF);
	}

	static @Nullable String nom(@Nullable MultipartFile fichier) {
		return (fichier == null) ? null : fichier.getOriginalFilename();
	}

	static byte @Nullable [] octets(@Nullable MultipartFile fichier) throws IOException {
		return (fichier == null || fichier.isEmpty()) ? null : fichier.getBytes();
	}

	private static ResponseEntity<AvenantLu> cree(long id, AvenantLu avenant) {
		return ResponseEntity.created(URI.create("/api/conventions/" + id + "/avenants/" + avenant.numero()))
			.body(avenant);
	}

	record NouvelAvenant(String objet) {
	}

	record Entete(String objet, @Nullable LocalDate dateEffet, @Nullable String lieu, long version) {
	}

	record Choix(List<String> cibles, long version) {
	}

	record NouvelleRedaction(String nouveauTexte, long version) {
	}

	record DemandeTransition(TransitionAvenant transition) {
	}

	record Etat(AvenantLu avenant, List<TransitionAvenant> transitionsPossibles) {
	}

}
