package fr.atelierctg.annexe.diagnostic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.support.BaseDeTest;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Annex 1 through the REST API: JSON, problem+json errors, rights, stale versions. */
@IntegrationTest
class DiagnosticRestTest {

	private static final String TEXTE_ET_CHIFFRE = """
			{"texte": "<p>Un territoire rural.</p><script>x()</script>",
			 "chiffres": [{"libelle": "Superficie", "valeur": "652,3", "unite": "km²", "source": "IGN", "annee": 2024}],
			 "version": -1}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	DiagnosticApi diagnostic;

	CafVue caf;

	UtilisateurConnecte conseiller;

	UtilisateurConnecte chargeeVga;

	long convention;

	long epci;

	long marmande;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.chargeeVga = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		this.epci = this.scenario.epci(this.caf, this.convention);
		this.marmande = this.scenario.commune(this.caf, this.convention, "47157");
	}

	private String url() {
		return "/api/conventions/" + this.convention + "/annexes/diagnostic";
	}

	@Test
	void remplaceLeTexteDeLaCafEtRenvoieLaSection() throws Exception {
		this.mvc
			.perform(put(url() + "/sections/i").contentType(MediaType.APPLICATION_JSON)
				.content(TEXTE_ET_CHIFFRE)
				.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("i"))
			.andExpect(jsonPath("$.intitule").value("I. Présentation du territoire"))
			.andExpect(jsonPath("$.caf.texte").value("<p>Un territoire rural.</p>"))
			.andExpect(jsonPath("$.caf.chiffres[0].valeur").value(652.3))
			.andExpect(jsonPath("$.caf.chiffres[0].annee").value(2024))
			.andExpect(jsonPath("$.caf.version").value(0));
		this.mvc.perform(get(url()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections.length()").value(12))
			.andExpect(jsonPath("$.sections[11].code").value("iii-g"))
			.andExpect(jsonPath("$.sections[0].caf.chiffres[0].source").value("IGN"))
			.andExpect(jsonPath("$.populations[0].collectivite").value("CA Val de Garonne Agglomération"))
			.andExpect(jsonPath("$.populations[0].population").value(62194))
			.andExpect(jsonPath("$.populations[0].annee").value(2026))
			.andExpect(jsonPath("$.populations[0].source", startsWith("Etalab")));
	}

	@Test
	void refuseLesDonneesInvalidesEnProblemJsonSansRienEnregistrer() throws Exception {
		this.mvc
			.perform(put(url() + "/sections/ii-c").contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"texte": "<p>Emploi</p>",
								 "chiffres": [{"libelle": "Taux de chômage", "valeur": "9,1", "unite": "%", "source": "INSEE", "annee": 2023},
								              {"libelle": "", "valeur": "12 %", "source": "INSEE", "annee": "23"}]}
								""")
				.with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'chiffres[1].libelle')].message").exists())
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'chiffres[1].valeur')].message",
					org.hamcrest.Matchers.hasItem(containsString("colonne « Unité »"))))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'chiffres[1].annee')].message").exists())
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'chiffres[0].valeur')]").isEmpty());
		assertThat(Comptes
			.en(this.conseiller,
					() -> this.diagnostic.section(this.convention, SectionDiagnostic.DONNEES_SOCIO_ECONOMIQUES))
			.caf()
			.estVide()).isTrue();
	}

	@Test
	void refuseUneVersionPerimee() throws Exception {
		this.mvc
			.perform(put(url() + "/sections/i").contentType(MediaType.APPLICATION_JSON)
				.content(TEXTE_ET_CHIFFRE)
				.with(user(this.conseiller)))
			.andExpect(status().isOk());
		// someone else opened the section before that save: version -1
		this.mvc
			.perform(put(url() + "/sections/i").contentType(MediaType.APPLICATION_JSON)
				.content(TEXTE_ET_CHIFFRE.replace("rural", "urbain"))
				.with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].champ").value("version"))
			.andExpect(jsonPath("$.erreurs[0].message", containsString("modifié par quelqu'un d'autre")));
		this.mvc
			.perform(put(url() + "/sections/i").contentType(MediaType.APPLICATION_JSON)
				.content(TEXTE_ET_CHIFFRE.replace("rural", "urbain").replace("\"version\": -1", "\"version\": 0"))
				.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.caf.texte").value("<p>Un territoire urbain.</p>"))
			.andExpect(jsonPath("$.caf.version").value(1));
	}

	@Test
	void laChargeeNeRemplaceQueLaContributionDeSaCollectivite() throws Exception {
		this.mvc
			.perform(put(url() + "/sections/iii-c/contributions/" + this.epci).contentType(MediaType.APPLICATION_JSON)
				.content(TEXTE_ET_CHIFFRE)
				.with(user(this.chargeeVga)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contributions[0].signataireId").value(this.epci))
			.andExpect(jsonPath("$.contributions[0].auteur")
				.value("la communauté d'agglomération « Val de Garonne Agglomération »"));
		this.mvc
			.perform(put(url() + "/sections/iii-c").contentType(MediaType.APPLICATION_JSON)
				.content(TEXTE_ET_CHIFFRE)
				.with(user(this.chargeeVga)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(put(url() + "/sections/iii-c/contributions/" + this.marmande)
				.contentType(MediaType.APPLICATION_JSON)
				.content(TEXTE_ET_CHIFFRE)
				.with(user(this.chargeeVga)))
			.andExpect(status().isForbidden());
		SectionLue section = Comptes.en(this.conseiller,
				() -> this.diagnostic.section(this.convention, SectionDiagnostic.ENFANCE_JEUNESSE));
		assertThat(section.caf().estVide()).isTrue();
		assertThat(section.contributions()).extracting(TexteLu::signataireId).containsExactly(this.epci);
	}

	/** Plain JDBC as the application role, as an injected query would run. */
	@Test
	void laSecuriteAuNiveauDesLignesCloisonneTextesEtChiffres() throws Exception {
		this.mvc
			.perform(put(url() + "/sections/i").contentType(MediaType.APPLICATION_JSON)
				.content(TEXTE_ET_CHIFFRE)
				.with(user(this.conseiller)))
			.andExpect(status().isOk());
		String textes = "SELECT count(*) FROM diagnostic_texte WHERE convention_id = " + this.convention;
		String chiffres = "SELECT count(*) FROM diagnostic_chiffre c JOIN diagnostic_texte t ON t.id = c.texte_id"
				+ " WHERE t.convention_id = " + this.convention;
		try (Connection connexion = BaseDeTest.ouvrir(); Statement sql = connexion.createStatement()) {
			sql.execute("SET ROLE atelier_app");
			sql.execute("SELECT set_config('app.tenant', '" + this.scenario.caf("31").id() + "', false)");
			assertThat(compter(sql, textes)).isZero();
			assertThat(compter(sql, "SELECT count(*) FROM diagnostic_chiffre")).isZero();
			assertThat(sql.executeUpdate("UPDATE diagnostic_texte SET texte = 'piraté'")).isZero();
			sql.execute("SELECT set_config('app.tenant', '" + this.caf.id() + "', false)");
			assertThat(compter(sql, textes)).isOne();
			assertThat(compter(sql, chiffres)).isOne();
		}
	}

	private static long compter(Statement sql, String requete) throws SQLException {
		try (ResultSet resultat = sql.executeQuery(requete)) {
			resultat.next();
			return resultat.getLong(1);
		}
	}

	@Test
	void uneConventionEtrangereOuUneSectionInconnueRepondent404() throws Exception {
		UtilisateurConnecte autre = Comptes.utilisateur(this.scenario.caf("31").id(), Role.CONSEILLER);
		this.mvc.perform(get(url()).with(user(autre)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(put(url() + "/sections/i").contentType(MediaType.APPLICATION_JSON)
				.content(TEXTE_ET_CHIFFRE)
				.with(user(autre)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(url() + "/sections/iv").with(user(this.conseiller))).andExpect(status().isNotFound());
	}

}
