package fr.atelierctg.annexe.equipements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.web.Telechargement;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ModificationConcurrente;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.DroitsEdition;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignataireLu;

/**
 * Annex 2 page: one list per collectivité, imported from CSV, exported to CSV or Excel.
 */
@Controller
@RequestMapping("/conventions/{id}/annexes/equipements")
class EquipementsController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final EquipementsApi equipements;

	private final ConventionApi conventions;

	private final DroitsEdition droits;

	EquipementsController(EquipementsApi equipements, ConventionApi conventions, DroitsEdition droits) {
		this.equipements = equipements;
		this.conventions = conventions;
		this.droits = droits;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		ConventionLue convention = this.conventions.lire(id);
		model.addAttribute("convention", convention);
		model.addAttribute("listes", this.equipements.tous(id));
		model.addAttribute("editables",
				this.droits.partiesEditables(convention).stream().map(SignataireLu::id).collect(Collectors.toSet()));
		model.addAttribute("types", TypeEquipement.values());
		return "annexe/equipements";
	}

	@GetMapping("/{signataireId}/nouveau")
	String nouveau(@PathVariable long id, @PathVariable long signataireId, Model model) {
		return formulaire(id, signataireId, null, new SaisieEquipement("", "", "", "", "", "", null), Map.of(), model);
	}

	@PostMapping("/{signataireId}/nouveau")
	String ajouter(@PathVariable long id, @PathVariable long signataireId, SaisieEquipement saisie, Model model,
			RedirectAttributes redirection) {
		try {
			EquipementLu ajoute = this.equipements.ajouter(id, signataireId, saisie);
			redirection.addFlashAttribute("succes", "Équipement « " + ajoute.ligne().nom() + " » ajouté.");
			return "redirect:/conventions/" + id + "/annexes/equipements#liste-" + signataireId;
		}
		catch (DonneesInvalides ex) {
			return formulaire(id, signataireId, null, saisie, ex.erreurs(), model);
		}
	}

	@GetMapping("/{signataireId}/{equipementId:\\d+}")
	String modification(@PathVariable long id, @PathVariable long signataireId, @PathVariable long equipementId,
			Model model) {
		return formulaire(id, signataireId, equipementId,
				SaisieEquipement.de(this.equipements.equipement(id, signataireId, equipementId)), Map.of(), model);
	}

	@PostMapping("/{signataireId}/{equipementId:\\d+}")
	String modifier(@PathVariable long id, @PathVariable long signataireId, @PathVariable long equipementId,
			SaisieEquipement saisie, Model model, RedirectAttributes redirection) {
		try {
			EquipementLu modifie = this.equipements.modifier(id, signataireId, equipementId, saisie);
			redirection.addFlashAttribute("succes", "Équipement « " + modifie.ligne().nom() + " » enregistré.");
			return "redirect:/conventions/" + id + "/annexes/equipements#liste-" + signataireId;
		}
		catch (DonneesInvalides ex) {
			return formulaire(id, signataireId, equipementId, saisie, ex.erreurs(), model);
		}
		catch (ModificationConcurrente ex) {
			SaisieEquipement autre = SaisieEquipement.de(this.equipements.equipement(id, signataireId, equipementId));
			model.addAttribute("autre", autre);
			// the user's values stay in the form; saving again, knowing the other
			// version, replaces it
			return formulaire(id, signataireId, equipementId, saisie.enVersion(autre.version()), Map.of(), model);
		}
	}

	@PostMapping("/{signataireId}/{equipementId:\\d+}/supprimer")
	String supprimer(@PathVariable long id, @PathVariable long signataireId, @PathVariable long equipementId,
			RedirectAttributes redirection) {
		this.equipements.supprimer(id, signataireId, equipementId);
		redirection.addFlashAttribute("succes", "Équipement retiré de la liste.");
		return "redirect:/conventions/" + id + "/annexes/equipements#liste-" + signataireId;
	}

	private String formulaire(long id, long signataireId, @Nullable Long equipementId, SaisieEquipement saisie,
			Map<String, String> erreurs, Model model) {
		ConventionLue convention = this.conventions.lire(id);
		SignataireLu collectivite = EquipementsApi.collectivite(convention, signataireId);
		this.droits.verifierEdition(convention, signataireId);
		model.addAttribute("convention", convention);
		model.addAttribute("collectivite", collectivite);
		model.addAttribute("equipementId", equipementId);
		model.addAttribute("saisie", saisie);
		model.addAttribute("erreurs", erreurs);
		model.addAttribute("types", TypeEquipement.values());
		return "annexe/equipement";
	}

	@PostMapping("/{signataireId}/import")
	String importer(@PathVariable long id, @PathVariable long signataireId,
			@RequestParam(required = false) MultipartFile fichier, RedirectAttributes redirection) throws IOException {
		String retour = "redirect:/conventions/" + id + "/annexes/equipements#liste-" + signataireId;
		if (fichier == null || fichier.isEmpty()) {
			redirection.addFlashAttribute("erreurs", List.of("Choisissez un fichier CSV."));
			redirection.addFlashAttribute("signataireEnErreur", signataireId);
			return retour;
		}
		switch (this.equipements.importer(id, signataireId, fichier.getBytes())) {
			case ResultatImport.Valide valide -> redirection.addFlashAttribute("succes",
					valide.lignes().size() + " équipement(s) importé(s) ; la liste précédente est remplacée.");
			case ResultatImport.Refuse refuse -> {
				redirection.addFlashAttribute("erreurs", refuse.messages());
				redirection.addFlashAttribute("signataireEnErreur", signataireId);
			}
		}
		return retour;
	}

	@GetMapping("/modele.csv")
	@ResponseBody
	ResponseEntity<byte[]> modele() {
		return Telechargement.enregistre(ModeleCsv.gabarit(), "modele-annexe-2-equipements.csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/{signataireId}.csv")
	@ResponseBody
	ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long signataireId) {
		return Telechargement.enregistre(ExportEquipements.csv(this.equipements.liste(id, signataireId)),
				"equipements-" + nom(id, signataireId) + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/{signataireId}.xlsx")
	@ResponseBody
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long signataireId) {
		ConventionLue convention = this.conventions.lire(id);
		SignataireLu signataire = EquipementsApi.collectivite(convention, signataireId);
		return Telechargement.enregistre(
				ExportEquipements.xlsx(signataire.identite().nom(), this.equipements.liste(id, signataireId)),
				"equipements-" + nom(id, signataireId) + ".xlsx", XLSX);
	}

	private String nom(long id, long signataireId) {
		return Telechargement
			.nomDeFichier(EquipementsApi.collectivite(this.conventions.lire(id), signataireId).identite().nom());
	}

}
