package fr.atelierctg.referentiel.web;

import java.util.List;

import fr.atelierctg.referentiel.ReferentielApi;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions for the search-as-you-type fields of the web forms (the convention form's
 * commune and EPCI fields), under the session authentication of the web pages.
 * <p>
 * {@code GET /referentiel/suggestions?q=marm&type=commune} answers 200 with a JSON array,
 * best first, {@code limite} lines at most (10 by default, 20 at most):
 *
 * <pre>
 * [{"type": "commune", "code": "47157", "siren": "214701575", "nom": "Marmande",
 *   "detail": "Commune · 47 · 17 849 hab."}]
 * </pre>
 *
 * and {@code GET /referentiel/suggestions?q=val de gar&type=epci}:
 *
 * <pre>
 * [{"type": "epci", "code": "200030674", "siren": "200030674",
 *   "nom": "CA Val de Garonne Agglomération", "detail": "CA · 43 communes · 62 194 hab."}]
 * </pre>
 *
 * {@code q} is read as {@link ReferentielApi} reads it (name, INSEE code, postcode,
 * SIREN); a missing, blank or one-character {@code q} gives {@code []} so the field can
 * call it on every key stroke. {@code code} is the INSEE code of a commune and the SIREN
 * of an EPCI; {@code siren} may be null for a few communes. Numbers in {@code detail} use
 * narrow no-break spaces (U+202F) between thousands, a no-break space before "hab.". A
 * {@code type} other than "commune" or "epci" answers 400 application/problem+json; an
 * anonymous call is redirected to the sign-in page like any web page.
 */
@RestController
class SuggestionsController {

	private final ReferentielApi referentiel;

	SuggestionsController(ReferentielApi referentiel) {
		this.referentiel = referentiel;
	}

	@GetMapping("/referentiel/suggestions")
	List<Suggestion> suggestions(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type, @RequestParam(defaultValue = "10") int limite) {
		String saisie = (q != null) ? q : "";
		if ("commune".equals(type)) {
			return this.referentiel.rechercherCommunes(saisie, limite).stream().map(Suggestion::de).toList();
		}
		if ("epci".equals(type)) {
			return this.referentiel.rechercherEpci(saisie, limite).stream().map(Suggestion::de).toList();
		}
		throw ParametreInvalide.typeDeSuggestion();
	}

}
