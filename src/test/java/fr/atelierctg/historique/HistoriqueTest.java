package fr.atelierctg.historique;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.annexe.equipements.EquipementLu;
import fr.atelierctg.annexe.equipements.EquipementsApi;
import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.convention.ArticleCommande;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.CycleDeVie;
import fr.atelierctg.convention.NatureArticle;
import fr.atelierctg.convention.RepresentantCommande;
import fr.atelierctg.convention.SignataireCommande;
import fr.atelierctg.convention.Transition;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.support.BaseDeTest;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HistoriqueTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionApi lecture;

	@Autowired
	ConventionService redaction;

	@Autowired
	CycleDeVie cycle;

	@Autowired
	EquipementsApi equipements;

	CafVue caf;

	UtilisateurConnecte conseiller;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = new UtilisateurConnecte(4242, this.caf.id(), "cconseil", "", "Claire Conseil",
				Role.CONSEILLER, Set.of(), true);
	}

	@Test
	void enregistreLeTitreDUnArticleModifieAvecSonAuteurEtSesValeurs() throws Exception {
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		ArticleLu article = premierArticle(id);
		Comptes.en(this.conseiller, () -> {
			this.redaction.modifierArticle(id, article.id(),
					new ArticleCommande("Les engagements des parties", article.contenu(), article.version()));
			return null;
		});

		this.mvc.perform(get("/api/conventions/" + id + "/historique").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.moments[0].personne").value("Claire Conseil"))
			.andExpect(jsonPath("$.moments[0].quand").value(containsString(" à ")))
			.andExpect(jsonPath("$.moments[0].modifications[0].element").value(article.intitule()))
			.andExpect(jsonPath("$.moments[0].modifications[0].champ").value("Titre"))
			.andExpect(jsonPath("$.moments[0].modifications[0].operation").value("UPDATE"))
			.andExpect(jsonPath("$.moments[0].modifications[0].avant").value(article.titre()))
			.andExpect(jsonPath("$.moments[0].modifications[0].apres").value("Les engagements des parties"))
			.andExpect(jsonPath("$.moments[0].modifications.length()").value(1));
		try (Connection connexion = BaseDeTest.ouvrir();
				Statement sql = connexion.createStatement();
				ResultSet ligne = sql.executeQuery("SELECT utilisateur_id, avant, apres FROM historique_modification "
						+ "WHERE tableau = 'article' AND operation = 'UPDATE' AND ligne_id = " + article.id())) {
			assertThat(ligne.next()).isTrue();
			assertThat(ligne.getLong(1)).isEqualTo(4242);
			assertThat(ligne.getString(2)).isEqualTo(article.titre());
			assertThat(ligne.getString(3)).isEqualTo("Les engagements des parties");
			assertThat(ligne.next()).as("un seul champ changé").isFalse();
		}
	}

	@Test
	void unEquipementSupprimeEnConcertationResteLisibleDansLHistorique() throws Exception {
		long id = this.scenario.conventionPreteAValider(this.caf);
		long epci = this.scenario.epci(this.caf, id);
		Comptes.en(this.conseiller, () -> {
			this.cycle.effectuer(id, Transition.OUVRIR_CONCERTATION, "Concertation");
			EquipementLu equipement = this.equipements.equipements(id, epci).getFirst();
			this.equipements.supprimer(id, epci, equipement.id());
			return null;
		});
		assertThat(Comptes.en(this.conseiller, () -> this.equipements.equipements(id, epci))).isEmpty();

		this.mvc
			.perform(get("/conventions/" + id + "/historique").param("element", "equipements")
				.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Claire Conseil, le ")))
			.andExpect(content().string(containsString("Équipement « Relais petite enfance Val de Garonne » — Nom")))
			.andExpect(content().string(containsString("supprimé")))
			.andExpect(content().string(containsString("Val de Garonne Agglomération")))
			.andExpect(content().string(containsString("1,5")))
			.andExpect(content().string(not(containsString("Convention — Statut"))));
		this.mvc.perform(get("/api/conventions/" + id + "/historique").with(user(this.conseiller)))
			.andExpect(
					jsonPath("$.moments[0].modifications[?(@.champ == 'Capacité (places ou ETP)')].avant").value("1,5"))
			.andExpect(jsonPath("$.moments[0].modifications[0].operation").value("DELETE"));
	}

	@Test
	void lesActionsSansPersonneSontCellesDAtelierCtg() throws Exception {
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		ArticleLu article = premierArticle(id);
		// the demo loader acts as a conseiller without an account (id 0)
		UtilisateurConnecte chargeurDemo = new UtilisateurConnecte(0, this.caf.id(), "conseiller47", "", "conseiller47",
				Role.CONSEILLER, Set.of(), true);
		Comptes.en(chargeurDemo, () -> {
			this.redaction.modifierArticle(id, article.id(),
					new ArticleCommande("Titre venu de la démo", article.contenu(), article.version()));
			return null;
		});
		this.mvc.perform(get("/api/conventions/" + id + "/historique").with(user(this.conseiller)))
			.andExpect(jsonPath("$.moments[0].personne").value("Atelier CTG"))
			.andExpect(jsonPath("$.moments[0].modifications[0].apres").value("Titre venu de la démo"));

		// a system task: no signed-in user at all on the connection
		try (Connection connexion = BaseDeTest.ouvrir(); Statement sql = connexion.createStatement()) {
			sql.executeUpdate("UPDATE convention SET statut = 'RELECTURE' WHERE id = " + id);
		}
		this.mvc.perform(get("/api/conventions/" + id + "/historique").with(user(this.conseiller)))
			.andExpect(jsonPath("$.moments[0].personne").value("Atelier CTG"))
			.andExpect(jsonPath("$.moments[0].modifications[0].element").value("Convention"))
			.andExpect(jsonPath("$.moments[0].modifications[0].champ").value("Statut"))
			.andExpect(jsonPath("$.moments[0].modifications[0].avant").value("Brouillon"))
			.andExpect(jsonPath("$.moments[0].modifications[0].apres").value("En relecture"));
	}

	@Test
	void lHistoriqueDUneAutreCafEstIntrouvable() throws Exception {
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		UtilisateurConnecte autre = Comptes.utilisateur(this.scenario.caf("31").id(), Role.CONSEILLER);
		this.mvc.perform(get("/api/conventions/" + id + "/historique").with(user(autre)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/conventions/" + id + "/historique").with(user(autre))).andExpect(status().isNotFound());

		// behind the application: PostgreSQL shows the rows of the current Caf only, and
		// the application may not write or erase any
		try (Connection connexion = BaseDeTest.ouvrir(); Statement sql = connexion.createStatement()) {
			sql.execute("SET ROLE atelier_app");
			sql.execute("SELECT set_config('app.tenant', '" + this.scenario.caf("31").id() + "', false)");
			try (ResultSet n = sql
				.executeQuery("SELECT count(*) FROM historique_modification WHERE convention_id = " + id)) {
				n.next();
				assertThat(n.getLong(1)).isZero();
			}
			sql.execute("SELECT set_config('app.tenant', '" + this.caf.id() + "', false)");
			try (ResultSet n = sql
				.executeQuery("SELECT count(*) FROM historique_modification WHERE convention_id = " + id)) {
				n.next();
				assertThat(n.getLong(1)).isPositive();
			}
			assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM historique_modification"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> sql.executeUpdate("UPDATE historique_modification SET apres = 'x'"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
		}
	}

	@Test
	void unChargeDeCooperationNeVoitPasLHistorique() throws Exception {
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		UtilisateurConnecte charge = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		this.mvc.perform(get("/conventions/" + id + "/historique").with(user(charge)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/conventions/" + id + "/historique").with(user(charge)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/conventions/" + id).with(user(charge)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/historique"))));
		this.mvc.perform(get("/conventions/" + id).with(user(this.conseiller)))
			.andExpect(content().string(containsString("/conventions/" + id + "/historique")));
	}

	@Test
	void laPageNommeLesElementsEtLesChampsEnFrancais() throws Exception {
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		ArticleLu article = premierArticle(id);
		long marmande = this.scenario.commune(this.caf, id, "47157");
		Comptes.en(this.conseiller, () -> {
			this.redaction.modifierArticle(id, article.id(), new ArticleCommande(article.titre(),
					"<p>Les parties s'engagent ensemble pour les familles du territoire.</p>", article.version()));
			this.redaction.modifierSignataire(id, marmande,
					new SignataireCommande(TypeSignataire.COMMUNE, "47157", null, null, null,
							new RepresentantCommande(Civilite.MADAME, "Cécile", "Dupont", "maire"), null, null, false));
			return null;
		});

		this.mvc.perform(get("/conventions/" + id + "/historique").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Historique des modifications")))
			.andExpect(content().string(containsString(article.intitule() + " — Texte")))
			.andExpect(content().string(containsString("<ins>")))
			.andExpect(content().string(containsString("Signataire Commune de Marmande — Représentant")))
			.andExpect(content().string(containsString("Signataire Commune de Marmande — Civilité du représentant")))
			.andExpect(content().string(containsString("Claire Conseil, le ")));
		this.mvc
			.perform(get("/conventions/" + id + "/historique").param("personne", "Claire Conseil")
				.param("element", "signataires")
				.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Signataire Commune de Marmande — Représentant")))
			.andExpect(content().string(containsString("Hocquelet")))
			.andExpect(content().string(containsString("Dupont")))
			.andExpect(
					content().string(not(containsString("Signataire Commune de Marmande — Qualité du représentant"))))
			.andExpect(content().string(not(containsString(article.intitule() + " — Texte"))));
		this.mvc
			.perform(get("/conventions/" + id + "/historique").param("du", "2026-13-01").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez une date au format jj/mm/aaaa.")));
		this.mvc
			.perform(get("/api/conventions/" + id + "/historique").param("taille", "1000").with(user(this.conseiller)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void lHistoriqueSeLitParPages() throws Exception {
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		this.mvc
			.perform(get("/api/conventions/" + id + "/historique").param("taille", "5")
				.param("page", "2")
				.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.taille").value(5))
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(10)))
			.andExpect(jsonPath("$.pages").value(org.hamcrest.Matchers.greaterThan(2)))
			.andExpect(jsonPath("$.moments").isNotEmpty());
		this.mvc.perform(get("/conventions/" + id + "/historique").param("page", "999").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-labelledby=\"moment-0\"")))
			.andExpect(content().string(not(containsString("rel=\"next\""))));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/conventions/{id}/historique'].get.summary")
				.value(containsString("historique")));
	}

	private ArticleLu premierArticle(long id) {
		return Comptes.en(this.conseiller, () -> this.lecture.lire(id))
			.articles()
			.stream()
			.filter((a) -> a.nature() == NatureArticle.ARTICLE)
			.findFirst()
			.orElseThrow();
	}

}
