package fr.atelierctg.commentaire;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ElementIntrouvable;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.support.BaseDeTest;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Threads, replies, resolution and visibility through the service, and the row-level
 * security policy that hides internal threads from collectivité sessions.
 */
@IntegrationTest
@RecordApplicationEvents
class CommentairesTest {

	@Autowired
	CommentairesApi commentaires;

	@Autowired
	FilRepository fils;

	@Autowired
	ConventionApi conventions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Scenario scenario;

	@Autowired
	ApplicationEvents evenements;

	CafVue caf;

	UtilisateurConnecte conseiller;

	UtilisateurConnecte directeur;

	UtilisateurConnecte chargeeVga;

	UtilisateurConnecte chargeMarmande;

	long convention;

	ConventionLue lue;

	long article;

	long diagnostic;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.directeur = Comptes.utilisateur(this.caf.id(), Role.DIRECTEUR);
		this.chargeeVga = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		this.lue = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention));
		String sirenMarmande = this.lue.signataire(this.scenario.commune(this.caf, this.convention, "47157"))
			.orElseThrow()
			.identite()
			.siren();
		this.chargeMarmande = new UtilisateurConnecte(2000, this.caf.id(), "marmande", "", "Marc Marmande",
				Role.CHARGE_COOPERATION, java.util.Set.of(sirenMarmande), true);
		this.article = this.lue.articles()
			.stream()
			.filter((a) -> "objectifs".equals(a.cle()))
			.findFirst()
			.orElseThrow()
			.id();
		this.diagnostic = this.lue.annexes().getFirst().id();
	}

	private FilLu ouvrir(UtilisateurConnecte qui, Visibilite visibilite, String texte) {
		return Comptes.en(qui, () -> this.commentaires.ouvrir(this.convention,
				new NouveauFil(this.article, null, null, visibilite, texte)));
	}

	@Test
	void lesReponsesSeSuiventSousLaDiscussion() {
		FilLu fil = ouvrir(this.conseiller, Visibilite.PARTAGE, "L'axe 2 couvre-t-il\nMarmande-Sud ?");
		Comptes.en(this.chargeeVga,
				() -> this.commentaires.repondre(this.convention, fil.id(), new NouvelleReponse("Oui.\r\n")));
		Comptes.en(this.conseiller,
				() -> this.commentaires.repondre(this.convention, fil.id(), new NouvelleReponse("  Merci !  ")));

		FilLu relu = Comptes.en(this.chargeeVga, () -> this.commentaires.fil(this.convention, fil.id()));
		assertThat(relu.commentaires()).extracting(CommentaireLu::texte)
			.containsExactly("L'axe 2 couvre-t-il\nMarmande-Sud ?", "Oui.", "Merci !");
		assertThat(relu.commentaires()).extracting(CommentaireLu::auteur)
			.containsExactly("Test CONSEILLER", "Test CHARGE_COOPERATION", "Test CONSEILLER");
		assertThat(relu.commentaires().get(0).organisme()).isEqualTo("Conseiller·ère Caf");
		assertThat(relu.commentaires().get(1).organisme()).contains("Val de Garonne");
		assertThat(relu.cible().libelle()).isEqualTo("Article 4 – Les objectifs partagés au regard des besoins");
		assertThat(relu.cible().lien()).isEqualTo("/conventions/" + this.convention + "#article-" + this.article);
		assertThat(relu.commentaires().get(0).ecritLeEnClair())
			.matches("le \\d{1,2}(er)? \\p{L}+ \\d{4} à \\d{1,2} h \\d{2}");
	}

	@Test
	void resoudrePuisRouvrirGardeQuiEtQuand() {
		FilLu fil = ouvrir(this.conseiller, Visibilite.PARTAGE, "À relire.");
		FilLu resolu = Comptes.en(this.directeur, () -> this.commentaires.resoudre(this.convention, fil.id()));
		assertThat(resolu.resolu()).isTrue();
		assertThat(resolu.resoluPar()).isEqualTo("Test DIRECTEUR");
		assertThat(resolu.resoluLe()).isNotNull();
		// resolving again changes nothing
		assertThat(Comptes.en(this.conseiller, () -> this.commentaires.resoudre(this.convention, fil.id())).resoluPar())
			.isEqualTo("Test DIRECTEUR");
		assertThat(Comptes.en(this.conseiller, () -> this.commentaires.ouverts(this.convention))).isZero();

		FilLu rouvert = Comptes.en(this.conseiller, () -> this.commentaires.rouvrir(this.convention, fil.id()));
		assertThat(rouvert.resolu()).isFalse();
		assertThat(rouvert.rouvertPar()).isEqualTo("Test CONSEILLER");
		assertThat(rouvert.resoluPar()).isEqualTo("Test DIRECTEUR");
		assertThat(Comptes.en(this.conseiller, () -> this.commentaires.ouverts(this.convention))).isOne();
	}

	@Test
	void laCollectiviteQuiAOuvertLaDiscussionLaResoutMaisPasLesAutres() {
		FilLu deLaCaf = ouvrir(this.conseiller, Visibilite.PARTAGE, "Question de la Caf.");
		FilLu deVga = ouvrir(this.chargeeVga, Visibilite.PARTAGE, "Question de l'agglomération.");
		assertThat(deVga.peutChangerEtat()).isTrue();
		assertThat(Comptes.en(this.chargeeVga, () -> this.commentaires.fil(this.convention, deLaCaf.id()))
			.peutChangerEtat()).isFalse();

		assertThatThrownBy(
				() -> Comptes.en(this.chargeeVga, () -> this.commentaires.resoudre(this.convention, deLaCaf.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> Comptes.en(this.chargeMarmande, () -> this.commentaires.resoudre(this.convention, deVga.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(Comptes.en(this.chargeeVga, () -> this.commentaires.resoudre(this.convention, deVga.id())).resolu())
			.isTrue();
		assertThat(Comptes.en(this.conseiller, () -> this.commentaires.rouvrir(this.convention, deVga.id())).resolu())
			.isFalse();
	}

	@Test
	void unLecteurLitToutMaisNEcritPas() {
		ouvrir(this.conseiller, Visibilite.INTERNE, "Note interne.");
		UtilisateurConnecte lecteur = Comptes.utilisateur(this.caf.id(), Role.LECTEUR);
		assertThat(Comptes.en(lecteur, () -> this.commentaires.ouverts(this.convention))).isOne();
		assertThatThrownBy(() -> Comptes.en(lecteur,
				() -> this.commentaires.ouvrir(this.convention,
						new NouveauFil(this.article, null, null, null, "Bonjour"))))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void lesDiscussionsInternesNeSontJamaisDonneesAuxCollectivites() {
		FilLu interne = ouvrir(this.conseiller, Visibilite.INTERNE, "Secret de la Caf.");
		FilLu partage = ouvrir(this.conseiller, Visibilite.PARTAGE, "Pour tous.");

		FilsDeLaConvention vus = Comptes.en(this.chargeeVga,
				() -> this.commentaires.fils(this.convention, EtatFils.TOUS));
		assertThat(vus.groupes()).flatExtracting(GroupeDeFils::fils)
			.extracting(FilLu::id)
			.containsExactly(partage.id());
		assertThat(vus.peutChoisirVisibilite()).isFalse();
		assertThat(Comptes.en(this.chargeeVga, () -> this.commentaires.ouverts(this.convention))).isOne();
		assertThat(Comptes.en(this.conseiller, () -> this.commentaires.ouverts(this.convention))).isEqualTo(2);
		assertThat(
				Comptes.en(this.chargeeVga, () -> this.commentaires.panneau(this.convention, "article-" + this.article))
					.fils())
			.extracting(FilLu::id)
			.containsExactly(partage.id());

		assertThatThrownBy(
				() -> Comptes.en(this.chargeeVga, () -> this.commentaires.fil(this.convention, interne.id())))
			.isInstanceOf(ElementIntrouvable.class);
		assertThatThrownBy(
				() -> Comptes
					.en(this.chargeeVga,
							() -> this.commentaires.repondre(this.convention, interne.id(),
									new NouvelleReponse("Je réponds quand même."))))
			.isInstanceOf(ElementIntrouvable.class);
		assertThatThrownBy(
				() -> Comptes.en(this.chargeeVga, () -> this.commentaires.resoudre(this.convention, interne.id())))
			.isInstanceOf(ElementIntrouvable.class);
	}

	@Test
	void refuseUnCommentaireInterneAuxCollectivites() {
		assertThatThrownBy(() -> ouvrir(this.chargeeVga, Visibilite.INTERNE, "Je voudrais que ce soit interne."))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(Comptes.en(this.conseiller, () -> this.commentaires.ouverts(this.convention))).isZero();
	}

	@Test
	void refuseUnTexteVideTropLongOuUneCibleHorsDeLaConvention() {
		long autreConvention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		long articleEtranger = Comptes.en(this.conseiller, () -> this.conventions.lire(autreConvention))
			.articles()
			.getFirst()
			.id();
		assertThatThrownBy(() -> ouvrir(this.conseiller, Visibilite.PARTAGE, " \n ")).isInstanceOfSatisfying(
				DonneesInvalides.class,
				(ex) -> assertThat(ex.erreurs()).containsEntry("texte", "Écrivez le commentaire."));
		assertThatThrownBy(() -> ouvrir(this.conseiller, Visibilite.PARTAGE, "x".repeat(4001)))
			.isInstanceOfSatisfying(DonneesInvalides.class, (ex) -> assertThat(ex.erreurs().get("texte"))
				.startsWith("Un commentaire fait 4\u202F000 caractères au plus"));
		assertThatThrownBy(() -> Comptes.en(this.conseiller,
				() -> this.commentaires.ouvrir(this.convention, new NouveauFil(articleEtranger, null, null, null, ""))))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs()).containsOnlyKeys("cible", "texte"));
		assertThatThrownBy(() -> Comptes.en(this.conseiller,
				() -> this.commentaires.ouvrir(this.convention,
						new NouveauFil(null, this.diagnostic, "II a !", null, "Bonjour"))))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs()).containsOnlyKeys("section"));
		assertThatThrownBy(() -> Comptes.en(this.conseiller,
				() -> this.commentaires.ouvrir(this.convention, new NouveauFil(null, null, null, null, "Bonjour"))))
			.isInstanceOfSatisfying(DonneesInvalides.class, (ex) -> assertThat(ex.erreurs()).containsOnlyKeys("cible"));
		assertThat(Comptes.en(this.conseiller, () -> this.commentaires.fils(this.convention, EtatFils.TOUS).groupes()))
			.isEmpty();
	}

	@Test
	void compteLesDiscussionsOuvertesParArticleEtParAnnexe() {
		ouvrir(this.conseiller, Visibilite.PARTAGE, "Sur l'article.");
		FilLu section = Comptes.en(this.chargeeVga, () -> this.commentaires.ouvrir(this.convention,
				new NouveauFil(null, this.diagnostic, " II-a ", null, "Sur la population générale.")));
		Comptes.en(this.conseiller, () -> this.commentaires.ouvrir(this.convention,
				new NouveauFil(null, this.diagnostic, null, Visibilite.INTERNE, "Sur toute l'annexe.")));
		assertThat(section.cible().section()).isEqualTo("ii-a");
		assertThat(section.cible().libelle()).isEqualTo("Annexe 1 – Diagnostic partagé, section II-a");
		assertThat(section.cible().lien())
			.isEqualTo("/conventions/" + this.convention + "/annexes/diagnostic#section-ii-a");

		OuvertsLus caf = Comptes.en(this.conseiller, () -> this.commentaires.ouvertsParCible(this.convention));
		assertThat(caf.total()).isEqualTo(3);
		assertThat(caf.sur("article-" + this.article)).isOne();
		assertThat(caf.sur("annexe-" + this.diagnostic)).isEqualTo(2);
		assertThat(Comptes.en(this.chargeeVga, () -> this.commentaires.ouvertsParCible(this.convention))
			.sur("annexe-" + this.diagnostic)).isOne();

		List<GroupeDeFils> groupes = Comptes
			.en(this.conseiller, () -> this.commentaires.fils(this.convention, EtatFils.OUVERTS))
			.groupes();
		assertThat(groupes).extracting((g) -> g.cible().cle())
			.containsExactly("article-" + this.article, "annexe-" + this.diagnostic,
					"annexe-" + this.diagnostic + "-ii-a");
		assertThat(Comptes.en(this.conseiller,
				() -> this.commentaires.panneau(this.convention, "annexe-" + this.diagnostic).fils()))
			.hasSize(2);
	}

	@Test
	void publieUnEvenementParCommentaire() {
		FilLu fil = ouvrir(this.conseiller, Visibilite.INTERNE, "Note.");
		FilLu repondu = Comptes.en(this.directeur,
				() -> this.commentaires.repondre(this.convention, fil.id(), new NouvelleReponse("Vu.")));
		assertThat(this.evenements.stream(CommentairePublie.class)).containsExactly(
				new CommentairePublie(this.caf.id(), this.convention, fil.commentaires().getFirst().id(), true,
						"Test CONSEILLER"),
				new CommentairePublie(this.caf.id(), this.convention, repondu.commentaires().getLast().id(), true,
						"Test DIRECTEUR"));
	}

	@Test
	void commenterResteOuvertQuelQueSoitLeStatut() throws SQLException {
		try (Connection connexion = BaseDeTest.ouvrir(); Statement sql = connexion.createStatement()) {
			sql.execute("UPDATE convention SET statut = 'SIGNEE' WHERE id = " + this.convention);
		}
		assertThat(ouvrir(this.chargeeVga, Visibilite.PARTAGE, "Une remarque après signature.").id()).isPositive();
	}

	/** The application's own connections, without the repository's visibility filter. */
	@Test
	void laBaseCacheLesDiscussionsInternesAUneSessionDeCollectivite() {
		FilLu interne = ouvrir(this.conseiller, Visibilite.INTERNE, "Secret de la Caf.");
		FilLu partage = ouvrir(this.conseiller, Visibilite.PARTAGE, "Pour tous.");
		Comptes.en(this.chargeeVga, () -> {
			assertThat(this.fils.findById(interne.id())).isEmpty();
			assertThat(this.fils.findAll()).filteredOn((f) -> f.getConventionId() == this.convention)
				.extracting(Fil::getId)
				.containsExactly(partage.id());
			assertThat(this.jdbc.queryForList("SELECT texte FROM commentaire WHERE fil_id IN (?, ?)", String.class,
					interne.id(), partage.id()))
				.containsExactly("Pour tous.");
			return null;
		});
		Comptes.en(this.conseiller, () -> {
			assertThat(this.fils.findById(interne.id())).isPresent();
			assertThat(this.jdbc.queryForList("SELECT texte FROM commentaire WHERE fil_id IN (?, ?)", String.class,
					interne.id(), partage.id()))
				.hasSize(2);
			return null;
		});
	}

	/**
	 * Bypasses the application: plain JDBC as the application role, as an injected query
	 * would run.
	 */
	@Test
	void laSecuriteAuNiveauDesLignesFiltreLesInternesMemeSansLApplication() throws SQLException {
		FilLu interne = ouvrir(this.conseiller, Visibilite.INTERNE, "Secret de la Caf.");
		FilLu partage = ouvrir(this.conseiller, Visibilite.PARTAGE, "Pour tous.");
		try (Connection connexion = BaseDeTest.ouvrir(); Statement sql = connexion.createStatement()) {
			sql.execute("SET ROLE atelier_app");
			sql.execute("SELECT set_config('app.tenant', '" + this.caf.id() + "', false)");
			String internes = "SELECT count(*) FROM commentaire_fil WHERE id = " + interne.id();
			String sesCommentaires = "SELECT count(*) FROM commentaire WHERE fil_id = " + interne.id();

			sql.execute("SELECT set_config('app.collectivite', 'true', false)");
			assertThat(compter(sql, internes)).isZero();
			assertThat(compter(sql, sesCommentaires)).isZero();
			assertThat(compter(sql, "SELECT count(*) FROM commentaire_fil WHERE id = " + partage.id())).isOne();
			assertThat(sql.executeUpdate("UPDATE commentaire_fil SET resolu = true WHERE id = " + interne.id()))
				.isZero();
			assertThatThrownBy(() -> sql
				.execute("INSERT INTO commentaire_fil (caf_id, convention_id, article_id, interne) VALUES ("
						+ this.caf.id() + ", " + this.convention + ", " + this.article + ", true)"))
				.hasMessageContaining("row-level security");
			assertThatThrownBy(() -> sql.execute("INSERT INTO commentaire (caf_id, fil_id, texte, auteur_id, "
					+ "auteur_nom, auteur_organisme, ecrit_le) VALUES (" + this.caf.id() + ", " + interne.id()
					+ ", 'intrus', 1, 'x', 'x', now())"))
				.hasMessageContaining("row-level security");

			// unset: hidden as well
			sql.execute("SELECT set_config('app.collectivite', '', false)");
			assertThat(compter(sql, internes)).isZero();

			sql.execute("SELECT set_config('app.collectivite', 'false', false)");
			assertThat(compter(sql, internes)).isOne();
			assertThat(compter(sql, sesCommentaires)).isOne();
		}
	}

	private static long compter(Statement sql, String requete) throws SQLException {
		try (java.sql.ResultSet resultat = sql.executeQuery(requete)) {
			resultat.next();
			return resultat.getLong(1);
		}
	}

}
