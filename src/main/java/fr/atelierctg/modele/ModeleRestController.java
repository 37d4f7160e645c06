package fr.atelierctg.modele;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The model for API clients: editions, the Caf's variant, comparison and adoption. */
@RestController
@RequestMapping("/api/modele")
@PreAuthorize("hasRole('ADMIN_CAF')")
class ModeleRestController {

	private final Variantes variantes;

	private final NouvellesEditions nouvelles;

	ModeleRestController(Variantes variantes, NouvellesEditions nouvelles) {
		this.variantes = variantes;
		this.nouvelles = nouvelles;
	}

	@GetMapping
	ModeleJson lire() {
		return new ModeleJson(this.variantes.editions(), this.variantes.lire().orElse(null));
	}

	@GetMapping("/editions/{code}/comparaison")
	ComparaisonEdition comparaison(@PathVariable String code) {
		return this.nouvelles.comparaison(code);
	}

	@PostMapping("/variante")
	VarianteLue creer(@Valid @RequestBody CreationJson creation) {
		return this.variantes.creer(creation.edition());
	}

	@PutMapping("/variante/textes/{cle}")
	VarianteLue adapter(@PathVariable String cle, @Valid @RequestBody TexteJson texte) {
		return this.variantes.adapter(cle, texte.contenu(), texte.version());
	}

	@PostMapping("/adoption")
	VarianteLue adopter(@Valid @RequestBody AdoptionJson adoption) {
		return this.nouvelles.adopter(adoption.edition(), adoption.version(),
				(adoption.choix() == null) ? Map.of() : adoption.choix());
	}

	record ModeleJson(List<EditionLue> editions, VarianteLue variante) {
	}

	record CreationJson(@NotBlank(message = "Indiquez l'édition nationale de départ.") String edition) {
	}

	record TexteJson(String contenu, @NotNull(message = "Indiquez la version de la variante lue.") Long version) {
	}

	/**
	 * @param choix text key → choice, for the texts the Caf adapted (the others default
	 * to the national wording)
	 */
	record AdoptionJson(@NotBlank(message = "Indiquez l'édition à adopter.") String edition,
			@NotNull(message = "Indiquez la version de la variante lue.") Long version, Map<String, Choix> choix) {
	}

}
