package fr.atelierctg.annexe.diagnostic;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.atelierctg.convention.ConventionIntrouvable;

/**
 * Annex 1 for the Caf's IT (HTTP Basic). Errors are RFC 9457 problem+json in French: 400
 * with {@code erreurs[{champ, message}]} ({@code chiffres[0].annee}, {@code version}),
 * 403 for a part the user may not change, 404 for an unknown convention, section or
 * collectivité.
 */
@RestController
@RequestMapping("/api/conventions/{id}/annexes/diagnostic")
@Tag(name = "Annexe 1 – Diagnostic partagé",
		description = "Sections du modèle (I, II a–d, III a–g) : texte de la Caf, contributions des collectivités, "
				+ "chiffres clés avec source et année ; population des signataires d'après le référentiel")
class DiagnosticRestController {

	private final DiagnosticApi diagnostic;

	DiagnosticRestController(DiagnosticApi diagnostic) {
		this.diagnostic = diagnostic;
	}

	@GetMapping
	@Operation(summary = "Le diagnostic : les sections dans l'ordre du modèle et la population des signataires")
	DiagnosticJson lire(@PathVariable long id) {
		DiagnosticLu diagnostic = this.diagnostic.lire(id);
		return new DiagnosticJson(diagnostic.sections().stream().map(SectionJson::de).toList(),
				diagnostic.populations());
	}

	@GetMapping("/sections/{code}")
	@Operation(summary = "Une section : texte de la Caf et contributions des collectivités")
	SectionJson section(@PathVariable long id,
			@Parameter(description = "i, ii-a … ii-d, iii-a … iii-g") @PathVariable String code) {
		return SectionJson.de(this.diagnostic.section(id, section(code)));
	}

	@PutMapping("/sections/{code}")
	@Operation(summary = "Remplace le texte de la Caf d'une section et ses chiffres clés (conseiller ou directeur Caf)",
			description = "Tout ou rien. Le texte est nettoyé (paragraphes, gras, italique, listes). Valeurs à la "
					+ "française (\"1 234,5\") ; année de 1990 à l'an prochain ; libellé, valeur, source et année "
					+ "obligatoires. « version » : celle lue (-1 si rien n'était écrit), sinon 400. Un texte vide "
					+ "sans chiffre efface la partie.")
	SectionJson remplacerTexteDeLaCaf(@PathVariable long id, @PathVariable String code,
			@RequestBody SaisieTexte saisie) {
		SectionDiagnostic section = section(code);
		this.diagnostic.enregistrerTexteDeLaCaf(id, section, saisie);
		return SectionJson.de(this.diagnostic.section(id, section));
	}

	@PutMapping("/sections/{code}/contributions/{signataireId}")
	@Operation(summary = "Remplace la contribution d'une collectivité signataire à une section",
			description = "Par le ou la chargé·e de coopération de cette collectivité, ou la Caf. Mêmes règles que "
					+ "le texte de la Caf.")
	SectionJson remplacerContribution(@PathVariable long id, @PathVariable String code, @PathVariable long signataireId,
			@RequestBody SaisieTexte saisie) {
		SectionDiagnostic section = section(code);
		this.diagnostic.enregistrerContribution(id, section, signataireId, saisie);
		return SectionJson.de(this.diagnostic.section(id, section));
	}

	private static SectionDiagnostic section(String code) {
		return SectionDiagnostic.parCode(code)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Section du diagnostic", 0));
	}

	record DiagnosticJson(List<SectionJson> sections, List<PopulationSignataire> populations) {
	}

	/**
	 * @param caf the Caf's text; version -1 while nothing is written
	 */
	record SectionJson(String code, String partie, String intitule, TexteJson caf, List<TexteJson> contributions) {

		static SectionJson de(SectionLue section) {
			return new SectionJson(section.section().code(), section.section().partie().intitule(),
					section.section().intitule(), TexteJson.de(section.caf()),
					section.contributions().stream().map(TexteJson::de).toList());
		}

	}

	record TexteJson(@Nullable Long signataireId, String auteur, String texte, List<ChiffreCle> chiffres,
			long version) {

		static TexteJson de(TexteLu texte) {
			return new TexteJson(texte.signataireId(), texte.auteur(), texte.texte(), texte.chiffres(),
					texte.version());
		}

	}

}
