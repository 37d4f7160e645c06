package fr.atelierctg.annexe.equipements;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

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

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ModificationConcurrente;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;

/** Annex 2 for the Caf's and the collectivités' IT: lists, rows, CSV import. */
@RestController
@RequestMapping("/api/conventions/{id}/annexes/equipements")
@Tag(name = "Annexe 2 – équipements et services soutenus",
		description = "Une liste par collectivité signataire ; import CSV tout ou rien")
class EquipementsRestController {

	private final EquipementsApi equipements;

	private final ConventionApi conventions;

	EquipementsRestController(EquipementsApi equipements, ConventionApi conventions) {
		this.equipements = equipements;
		this.conventions = conventions;
	}

	@GetMapping
	@Operation(summary = "Les listes de toutes les collectivités signataires, dans l'ordre des signataires")
	List<ListeJson> listes(@PathVariable long id) {
		ConventionLue convention = this.conventions.lire(id);
		return this.equipements.tous(id)
			.entrySet()
			.stream()
			.map((liste) -> new ListeJson(liste.getKey(),
					convention.signataire(liste.getKey()).map((s) -> s.identite().nom()).orElse(""),
					liste.getValue().stream().map(EquipementJson::de).toList()))
			.toList();
	}

	@GetMapping("/{signataireId}")
	@Operation(summary = "La liste d'une collectivité")
	List<EquipementJson> liste(@PathVariable long id, @PathVariable long signataireId) {
		return this.equipements.equipements(id, signataireId).stream().map(EquipementJson::de).toList();
	}

	@PostMapping("/{signataireId}")
	@Operation(summary = "Ajoute un équipement à la fin de la liste (mêmes contrôles qu'une ligne de CSV)")
	ResponseEntity<EquipementJson> ajouter(@PathVariable long id, @PathVariable long signataireId,
			@RequestBody SaisieEquipement saisie) {
		EquipementLu ajoute = this.equipements.ajouter(id, signataireId, saisie);
		return ResponseEntity
			.created(URI.create("/api/conventions/" + id + "/annexes/equipements/" + signataireId + "/" + ajoute.id()))
			.body(EquipementJson.de(ajoute));
	}

	@GetMapping("/{signataireId}/{equipementId}")
	EquipementJson equipement(@PathVariable long id, @PathVariable long signataireId, @PathVariable long equipementId) {
		return EquipementJson.de(this.equipements.equipement(id, signataireId, equipementId));
	}

	@PutMapping("/{signataireId}/{equipementId}")
	@Operation(summary = "Modifie un équipement ; refusé si quelqu'un l'a modifié depuis la version envoyée")
	EquipementJson modifier(@PathVariable long id, @PathVariable long signataireId, @PathVariable long equipementId,
			@RequestBody SaisieEquipement saisie) {
		try {
			return EquipementJson.de(this.equipements.modifier(id, signataireId, equipementId, saisie));
		}
		catch (ModificationConcurrente ex) {
			throw ex.avec(EquipementJson.de(this.equipements.equipement(id, signataireId, equipementId)));
		}
	}

	@DeleteMapping("/{signataireId}/{equipementId}")
	ResponseEntity<Void> supprimer(@PathVariable long id, @PathVariable long signataireId,
			@PathVariable long equipementId) {
		this.equipements.supprimer(id, signataireId, equipementId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(value = "/{signataireId}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Remplace la liste par un fichier CSV (« ; » ou « , », UTF-8 ou Windows-1252), tout ou rien",
			description = "Un fichier comportant une seule ligne fautive n'importe rien : la réponse 400 liste chaque "
					+ "ligne fautive (champ « ligne-N ») et chaque erreur du fichier (champ « fichier »).")
	List<EquipementJson> importer(@PathVariable long id, @PathVariable long signataireId,
			@RequestParam(required = false) @Nullable MultipartFile fichier) throws IOException {
		byte[] octets = (fichier == null) ? new byte[0] : fichier.getBytes();
		if (this.equipements.importer(id, signataireId, octets) instanceof ResultatImport.Refuse refuse) {
			Map<String, String> erreurs = new LinkedHashMap<>();
			refuse.erreursFichier().forEach((e) -> erreurs.merge("fichier", e, (a, b) -> a + " " + b));
			refuse.lignes().forEach((ligne) -> erreurs.put("ligne-" + ligne.numero(), ligne.message()));
			throw new DonneesInvalides(erreurs);
		}
		return liste(id, signataireId);
	}

	record ListeJson(long signataireId, String collectivite, List<EquipementJson> equipements) {
	}

	/**
	 * @param capacite places (whole) or ETP (two decimals); null for a type without
	 * capacity
	 */
	record EquipementJson(long id, long version, String type, String nom, String gestionnaire, String adresse,
			String commune, String codeInsee, @Nullable BigDecimal capacite, String unite) {

		static EquipementJson de(EquipementLu equipement) {
			LigneEquipement l = equipement.ligne();
			return new EquipementJson(equipement.id(), equipement.version(), l.type().libelle(), l.nom(),
					l.gestionnaire(), l.adresse(), l.commune(), l.codeInsee(), l.capacite(),
					l.type().capacite().unite());
		}

	}

}
