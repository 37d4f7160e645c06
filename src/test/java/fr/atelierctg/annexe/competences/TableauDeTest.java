package fr.atelierctg.annexe.competences;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The test convention (Val de Garonne Agglomération, Agmé, Le Mas-d'Agenais, Marmande)
 * with its AO table opened, and helpers to reach its rows.
 */
final class TableauDeTest {

	static final String AGME = "47002";

	static final String LE_MAS = "47159";

	static final String MARMANDE = "47157";

	static final String TONNEINS = "47310";

	final CafVue caf;

	final UtilisateurConnecte conseiller;

	final long convention;

	final long epci;

	private final EditionCompetences edition;

	private final CompetencesApi api;

	TableauDeTest(Scenario scenario, ConventionApi conventions, EditionCompetences edition, CompetencesApi api) {
		this.caf = scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.convention = scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		this.edition = edition;
		this.api = api;
		ConventionLue lue = Comptes.en(this.conseiller, () -> conventions.lire(this.convention));
		this.epci = lue.signataires()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.EPCI)
			.map(SignataireLu::id)
			.findFirst()
			.orElseThrow();
		Comptes.en(this.conseiller, () -> edition.ouvrir(this.convention));
	}

	TableauAo tableau() {
		return Comptes.en(this.conseiller, () -> this.api.tableau(this.convention));
	}

	LigneAo ligne(String code) {
		return tableau().ligne(code).orElseThrow();
	}

	long id(String code) {
		return ligne(code).id();
	}

	void ajouterMembres() {
		Comptes.en(this.conseiller, () -> this.edition.ajouterMembres(this.convention, this.epci));
	}

	/** Stores a row as a conseiller, unchanged population. */
	void exercer(String code, Exercice recenser, Exercice informer, Exercice planifier, Exercice soutenir) {
		Comptes.en(this.conseiller, () -> this.edition.modifier(this.convention, id(code),
				new LigneCommande(null, null, null, recenser, informer, planifier, soutenir, null)));
	}

	String api() {
		return "/api/conventions/" + this.convention + "/annexes/competences";
	}

	String page() {
		return "/conventions/" + this.convention + "/annexes/competences";
	}

	static MockHttpServletRequestBuilder putJson(String url, Map<String, Object> corps) {
		StringBuilder json = new StringBuilder("{");
		corps.forEach((cle, valeur) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(cle)
			.append("\":")
			.append((valeur instanceof String) ? "\"" + valeur + "\"" : String.valueOf(valeur)));
		return put(url).contentType(MediaType.APPLICATION_JSON).content(json.append('}').toString());
	}

}
