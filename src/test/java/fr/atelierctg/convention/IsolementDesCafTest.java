package fr.atelierctg.convention;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.support.BaseDeTest;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class IsolementDesCafTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	TenancyApi tenancy;

	@Autowired
	ConventionApi conventions;

	CafVue caf47;

	CafVue caf31;

	long conventionDu47;

	@BeforeEach
	void uneConventionEnLotEtGaronne() {
		this.caf47 = this.scenario.caf("47");
		this.caf31 = this.scenario.caf("31");
		this.conventionDu47 = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf47);
	}

	@Test
	void uneAutreCafObtient404DansLesPages() throws Exception {
		this.mvc
			.perform(get("/conventions/" + this.conventionDu47)
				.with(user(Comptes.utilisateur(this.caf31.id(), Role.CONSEILLER))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/conventions/" + this.conventionDu47 + "/document.pdf")
				.with(user(Comptes.utilisateur(this.caf31.id(), Role.DIRECTEUR))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/conventions/" + this.conventionDu47)
				.with(user(Comptes.utilisateur(this.caf47.id(), Role.CONSEILLER))))
			.andExpect(status().isOk());
	}

	@Test
	void uneAutreCafObtient404DansLApi() throws Exception {
		this.tenancy.creerUtilisateurSiAbsent(this.caf31.id(), new TenancyApi.NouvelUtilisateur("api31",
				"motdepasse-api", "Api", "Trente-et-un", null, Role.CONSEILLER, java.util.Set.of()));
		this.mvc.perform(get("/api/conventions/" + this.conventionDu47).with(httpBasic("api31", "motdepasse-api")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404));
		this.mvc
			.perform(get("/api/conventions/" + this.conventionDu47 + "/articles")
				.with(httpBasic("api31", "motdepasse-api")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/conventions").with(httpBasic("api31", "motdepasse-api")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + this.conventionDu47 + ")]").isEmpty());
	}

	@Test
	void laCouchePersistanceNeVoitQueLaCafCourante() {
		assertThat(Comptes.en(Comptes.utilisateur(this.caf31.id(), Role.LECTEUR), this.conventions::lister))
			.extracting(ConventionResume::id)
			.doesNotContain(this.conventionDu47);
		assertThatThrownBy(() -> Comptes.en(Comptes.utilisateur(this.caf31.id(), Role.LECTEUR),
				() -> this.conventions.lire(this.conventionDu47)))
			.isInstanceOf(ConventionIntrouvable.class);
	}

	/**
	 * Bypasses the application: plain JDBC as the application role, as an injected query
	 * would run.
	 */
	@Test
	void laSecuriteAuNiveauDesLignesFiltreMemeSansLApplication() throws SQLException {
		try (Connection connexion = BaseDeTest.ouvrir(); Statement sql = connexion.createStatement()) {
			sql.execute("SET ROLE atelier_app");
			sql.execute("SELECT set_config('app.tenant', '" + this.caf31.id() + "', false)");
			assertThat(compter(sql, "SELECT count(*) FROM convention WHERE id = " + this.conventionDu47)).isZero();
			assertThat(compter(sql, "SELECT count(*) FROM signataire WHERE convention_id = " + this.conventionDu47))
				.isZero();
			assertThat(compter(sql, "SELECT count(*) FROM article WHERE convention_id = " + this.conventionDu47))
				.isZero();
			assertThat(sql
				.executeUpdate("UPDATE article SET titre = 'piraté' WHERE convention_id = " + this.conventionDu47))
				.isZero();
			assertThatThrownBy(
					() -> sql.execute("INSERT INTO convention (caf_id, titre, territoire, date_debut, date_fin, "
							+ "presidence_copil, statut, edition_modele) VALUES (" + this.caf47.id()
							+ ", 'x', 'x', '2025-01-01', '2025-12-31', 'CAF', 'BROUILLON', 'x')"))
				.hasMessageContaining("row-level security");

			sql.execute("SELECT set_config('app.tenant', '', false)");
			assertThat(compter(sql, "SELECT count(*) FROM convention")).isZero();

			sql.execute("SELECT set_config('app.tenant', '" + this.caf47.id() + "', false)");
			assertThat(compter(sql, "SELECT count(*) FROM convention WHERE id = " + this.conventionDu47)).isOne();
		}
	}

	private static long compter(Statement sql, String requete) throws SQLException {
		try (ResultSet resultat = sql.executeQuery(requete)) {
			resultat.next();
			return resultat.getLong(1);
		}
	}

}
