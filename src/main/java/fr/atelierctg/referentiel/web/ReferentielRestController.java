package fr.atelierctg.referentiel.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.atelierctg.referentiel.CommuneRef;
import fr.atelierctg.referentiel.EpciRef;
import fr.atelierctg.referentiel.ReferentielApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search in the national referential, for any signed-in user (HTTP Basic). */
@RestController
@RequestMapping("/api/referentiel")
@Tag(name = "Référentiel national", description = "Communes et EPCI (Etalab, INSEE), identiques pour toutes les Caf")
class ReferentielRestController {

	private static final String DESCRIPTION_Q = "Nom ou début de nom (casse, accents, tirets et apostrophes indifférents, "
			+ "« st » pour « saint »), code INSEE ou code postal (complet ou début), SIREN (à partir de 6 chiffres)";

	private final ReferentielApi referentiel;

	ReferentielRestController(ReferentielApi referentiel) {
		this.referentiel = referentiel;
	}

	@GetMapping("/communes")
	@Operation(summary = "Rechercher des communes",
			description = "Nom exact, puis noms commençant par la saisie, puis noms dont un mot commence par elle, "
					+ "puis noms proches (fautes de frappe) ; les plus peuplées d'abord. Moins de 2 caractères : liste vide.")
	@ApiResponse(responseCode = "400", description = "Paramètre q absent ou vide (application/problem+json)")
	List<CommuneTrouvee> communes(
			@Parameter(description = DESCRIPTION_Q) @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "Nombre de résultats, 20 au plus") @RequestParam(defaultValue = "10") int limite) {
		return this.referentiel.rechercherCommunes(exiger(q), limite).stream().map(CommuneTrouvee::new).toList();
	}

	@GetMapping("/epci")
	@Operation(summary = "Rechercher des EPCI",
			description = "Par nom (« val de garonne », sigle CA/CC/CU facultatif), par SIREN, ou par code INSEE ou "
					+ "postal d'une commune membre. Chaque EPCI avec ses communes membres, par code INSEE.")
	@ApiResponse(responseCode = "400", description = "Paramètre q absent ou vide (application/problem+json)")
	List<EpciTrouve> epci(@Parameter(description = DESCRIPTION_Q) @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "Nombre de résultats, 20 au plus") @RequestParam(defaultValue = "10") int limite) {
		List<EpciRef> epcis = this.referentiel.rechercherEpci(exiger(q), limite);
		Map<String, String> noms = this.referentiel
			.communes(epcis.stream().flatMap((epci) -> epci.membres().stream()).toList())
			.stream()
			.collect(Collectors.toMap(CommuneRef::codeInsee, CommuneRef::nom));
		return epcis.stream().map((epci) -> new EpciTrouve(epci, noms::get)).toList();
	}

	private static String exiger(@Nullable String q) {
		if (!StringUtils.hasText(q)) {
			throw ParametreInvalide.rechercheVide();
		}
		return q;
	}

	@Schema(description = "Une commune du référentiel")
	record CommuneTrouvee(@Schema(example = "47157") String codeInsee,
			@Schema(example = "214701575", nullable = true) @Nullable String siren,
			@Schema(example = "Marmande") String nom,
			@Schema(description = "Code du département", example = "47") String departement,
			@Schema(description = "Population totale INSEE", example = "17849",
					nullable = true) @Nullable Integer population) {

		CommuneTrouvee(CommuneRef commune) {
			this(commune.codeInsee(), commune.siren(), commune.nom(), commune.codeDepartement(), commune.population());
		}

	}

	@Schema(description = "Un EPCI à fiscalité propre et ses communes membres")
	record EpciTrouve(@Schema(example = "200030674") String siren,
			@Schema(example = "CA Val de Garonne Agglomération") String nom,
			@Schema(description = "CA, CC, CU, METRO ou MET69", example = "CA") String type,
			@Schema(description = "Population totale INSEE des communes membres", example = "62194") int population,
			@Schema(description = "Communes membres, par code INSEE") List<MembreEpci> membres) {

		EpciTrouve(EpciRef epci, Function<String, String> nomDeCommune) {
			this(epci.siren(), epci.nom(), epci.type(), epci.population(),
					epci.membres().stream().map((code) -> new MembreEpci(code, nomDeCommune.apply(code))).toList());
		}

	}

	@Schema(description = "Une commune membre d'un EPCI")
	record MembreEpci(@Schema(example = "47157") String codeInsee, @Schema(example = "Marmande") String nom) {
	}

}
