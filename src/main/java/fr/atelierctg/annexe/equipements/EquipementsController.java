package fr.atelierctg.annexe.equipements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
import fr.atelierctg.convention.ConventionApi;
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

	EquipementsController(EquipementsApi equipements, ConventionApi conventions) {
		this.equipements = equipements;
		this.conventions = conventions;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		model.addAttribute("convention", this.conventions.lire(id));
		model.addAttribute("listes", this.equipements.listes(id));
		return "annexe/equipements";
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
