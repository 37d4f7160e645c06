package fr.atelierctg.version;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import fr.atelierctg.annexe.equipements.EquipementLu;
import fr.atelierctg.annexe.equipements.EquipementsApi;
import fr.atelierctg.annexe.equipements.SaisieEquipement;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ArticleCommande;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.CycleDeVie;
import fr.atelierctg.convention.NatureArticle;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.convention.Transition;
import fr.atelierctg.document.DocumentApi;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.version.ComparaisonVersions.Etat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class VersionsTest {

	@Autowired
	Scenario scenario;

	@Autowired
	VersionsApi versions;

	@Autowired
	CycleDeVie cycle;

	@Autowired
	ConventionService redaction;

	@Autowired
	ConventionApi lecture;

	@Autowired
	EquipementsApi equipements;

	@Autowired
	DocumentApi documents;

	@Autowired
	JdbcClient jdbc;

	CafVue caf;

	long id;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.id = this.scenario.conventionPreteAValider(this.caf);
	}

	@Autowired
	fr.atelierctg.convention.Signatures signatures;

	@Test
	void laDerniereSignatureLaisseUneVersionSigneePuisUneVersionEnVigueur() {
		conseiller(() -> this.cycle.effectuer(this.id, Transition.DEMANDER_RELECTURE, ""));
		fr.atelierctg.support.Comptes.en(fr.atelierctg.support.Comptes.utilisateur(this.caf.id(), Role.DIRECTEUR),
				() -> {
					this.cycle.effectuer(this.id, Transition.VALIDER, "");
					return this.cycle.effectuer(this.id, Transition.METTRE_EN_SIGNATURE, "");
				});
		java.time.LocalDate aujourdhui = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
		conseiller(() -> {
			for (var signataire : this.lecture.lire(this.id).signataires()) {
				this.signatures.enregistrer(this.id, signataire.id(), aujourdhui, "Marmande", "signe.pdf",
						this.documents.pdf(this.id).contenu());
			}
			return null;
		});

		assertThat(conseiller(() -> this.versions.lister(this.id))).extracting(VersionLue::statut)
			.endsWith(StatutConvention.SIGNEE, StatutConvention.EN_VIGUEUR);
	}

	@Test
	void unChangementDeStatutEnregistreUneVersionAvecCeStatut() {
		conseiller(() -> this.cycle.effectuer(this.id, Transition.OUVRIR_CONCERTATION, ""));

		List<VersionLue> liste = conseiller(() -> this.versions.lister(this.id));
		assertThat(liste).singleElement().satisfies((v) -> {
			assertThat(v.numero()).isEqualTo(1);
			assertThat(v.statut()).isEqualTo(StatutConvention.CONCERTATION);
			assertThat(v.origine()).isEqualTo(Origine.TRANSITION);
			assertThat(v.libelle()).isEqualTo("Brouillon → En concertation");
			assertThat(v.creePar()).isEqualTo("Test CONSEILLER");
		});
		assertThat(conseiller(() -> this.versions.contenu(this.id, 1)).statut()).isEqualTo("CONCERTATION");
	}

	@Test
	void uneVersionALaDemandePorteSonNomEtLEmpreinteDeSonPdf() throws IOException {
		VersionLue version = conseiller(() -> this.versions.enregistrer(this.id, "  Envoyée aux communes  "));

		assertThat(version.numero()).isEqualTo(1);
		assertThat(version.origine()).isEqualTo(Origine.DEMANDE);
		assertThat(version.libelle()).isEqualTo("Envoyée aux communes");
		assertThat(version.statut()).isEqualTo(StatutConvention.BROUILLON);
		byte[] pdf = conseiller(() -> this.versions.pdf(this.id, 1)).contenu();
		assertThat(version.pdfSha256()).isEqualTo(VersionsApi.sha256(pdf)).hasSize(64);
		assertThat(texte(pdf)).contains("CONVENTION TERRITORIALE GLOBALE");
		assertThat(conseiller(() -> this.versions.enregistrer(this.id, null)).numero()).isEqualTo(2);
	}

	@Test
	void unNomDeVersionTropLongEstRefuse() {
		assertThatThrownBy(() -> conseiller(() -> this.versions.enregistrer(this.id, "x".repeat(201))))
			.isInstanceOf(DonneesInvalides.class);
		assertThat(conseiller(() -> this.versions.lister(this.id))).isEmpty();
	}

	@Test
	void lePdfDUneVersionGardeLeTexteDeCeMomentApresUneModification() throws IOException {
		ArticleLu article = article();
		redigerArticle(article, "<p>La Caf finance trois actions prioritaires sur le territoire.</p>");
		conseiller(() -> this.versions.enregistrer(this.id, "avant"));
		redigerArticle(article, "<p>La Caf finance cinq actions nouvelles sur le territoire.</p>");

		String versionUne = texte(conseiller(() -> this.versions.pdf(this.id, 1)).contenu());
		String actuel = texte(conseiller(() -> this.documents.pdf(this.id)).contenu());
		assertThat(versionUne).contains("trois actions prioritaires").doesNotContain("cinq actions nouvelles");
		assertThat(actuel).contains("cinq actions nouvelles").doesNotContain("trois actions prioritaires");
	}

	@Test
	void laComparaisonMontreLesMotsChangesUneLigneAjouteeEtUneCelluleModifiee() {
		ArticleLu article = article();
		long epci = this.scenario.epci(this.caf, this.id);
		redigerArticle(article, "<p>La Caf finance trois actions prioritaires sur le territoire.</p>");
		conseiller(() -> this.versions.enregistrer(this.id, "avant"));
		redigerArticle(article, "<p>La Caf finance cinq actions prioritaires sur le territoire.</p>");
		conseiller(() -> {
			EquipementLu rpe = this.equipements.equipements(this.id, epci).get(0);
			SaisieEquipement saisie = SaisieEquipement.de(rpe);
			this.equipements.modifier(this.id, epci, rpe.id(), new SaisieEquipement(saisie.type(), saisie.nom(),
					saisie.gestionnaire(), saisie.adresse(), saisie.commune(), "2", rpe.version()));
			return this.equipements.ajouter(this.id, epci, new SaisieEquipement("crèche PSU", "Crèche Les Petits Pas",
					"Commune de Marmande", "3 rue des Écoles", "Marmande", "40", null));
		});
		conseiller(() -> this.versions.enregistrer(this.id, "après"));

		ComparaisonVersions comparaison = conseiller(() -> this.versions.comparer(this.id, 1, 2));

		assertThat(comparaison.identiques()).isFalse();
		ComparaisonVersions.Texte texte = rubrique(comparaison, "articles").textes()
			.stream()
			.filter((t) -> t.numeroApres().equals(article.intitule()))
			.findFirst()
			.orElseThrow();
		assertThat(texte.etat()).isEqualTo(Etat.MODIFIE);
		assertThat(texte.html()).contains("<del>trois </del><ins>cinq </ins>actions prioritaires");
		assertThat(texte.htmlLisible()).contains("supprimé : ").contains("ajouté : ");
		ComparaisonVersions.Tableau tableau = rubrique(comparaison, "annexe-equipements").tableaux().get(0);
		assertThat(tableau.etat()).isEqualTo(Etat.MODIFIE);
		assertThat(tableau.lignes()).anySatisfy((ligne) -> {
			assertThat(ligne.etat()).isEqualTo(Etat.AJOUTE);
			assertThat(ligne.cellules()).anySatisfy((c) -> assertThat(c.apres()).isEqualTo("Crèche Les Petits Pas"));
		});
		assertThat(tableau.lignes()).anySatisfy((ligne) -> {
			assertThat(ligne.etat()).isEqualTo(Etat.MODIFIE);
			assertThat(ligne.cellules()).filteredOn(ComparaisonVersions.Cellule::modifiee)
				.singleElement()
				.satisfies((c) -> {
					assertThat(c.colonne()).isEqualTo("Capacité");
					assertThat(c.avant()).isEqualTo("1,50 ETP");
					assertThat(c.apres()).isEqualTo("2,00 ETP");
				});
		});
		assertThat(tableau.lignes()).noneMatch((ligne) -> ligne.etat() == Etat.SUPPRIME);
		assertThat(rubrique(comparaison, "annexe-diagnostic").identique()).isTrue();
	}

	@Test
	void uneVersionComparéeALEtatActuelSansChangementNaAucuneDifference() {
		conseiller(() -> this.versions.enregistrer(this.id, null));

		ComparaisonVersions comparaison = conseiller(() -> this.versions.comparer(this.id, 1, null));

		assertThat(comparaison.a().numero()).isNull();
		assertThat(comparaison.rubriques()).allSatisfy((r) -> assertThat(r.identique()).as(r.titre()).isTrue());
	}

	@Test
	void unArticleAjouteEstSignaleEtLesSuivantsSontRenumerotes() {
		conseiller(() -> this.versions.enregistrer(this.id, null));
		ArticleLu premier = article();
		conseiller(() -> this.redaction.ajouterArticle(this.id,
				new ArticleCommande("Un article nouveau", "<p>Texte nouveau.</p>", null), premier.id()));

		List<ComparaisonVersions.Texte> articles = rubrique(conseiller(() -> this.versions.comparer(this.id, 1, null)),
				"articles")
			.textes();

		assertThat(articles).anySatisfy((t) -> {
			assertThat(t.titre()).isEqualTo("Un article nouveau");
			assertThat(t.etat()).isEqualTo(Etat.AJOUTE);
		});
		assertThat(articles).anySatisfy((t) -> assertThat(t.renumerote()).isTrue());
		assertThat(articles).filteredOn((t) -> t.numeroAvant().equals(premier.intitule())).isNotEmpty();
	}

	@Test
	void unLecteurNEnregistrePasDeVersion() {
		assertThatThrownBy(() -> Comptes.en(Comptes.utilisateur(this.caf.id(), Role.LECTEUR),
				() -> this.versions.enregistrer(this.id, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void uneVersionNeSeModifieNiNeSeSupprime() {
		conseiller(() -> this.versions.enregistrer(this.id, null));

		assertThatThrownBy(() -> conseiller(
				() -> this.jdbc.sql("update convention_version set libelle = 'falsifié' where convention_id = :id")
					.param("id", this.id)
					.update()))
			.hasMessageContaining("convention_version");
		assertThatThrownBy(
				() -> conseiller(() -> this.jdbc.sql("delete from convention_version where convention_id = :id")
					.param("id", this.id)
					.update()))
			.hasMessageContaining("convention_version");
	}

	private ArticleLu article() {
		return conseiller(() -> this.lecture.lire(this.id)).articles()
			.stream()
			.filter((a) -> a.nature() == NatureArticle.ARTICLE)
			.findFirst()
			.orElseThrow();
	}

	private void redigerArticle(ArticleLu article, String contenu) {
		conseiller(() -> {
			this.redaction.modifierArticle(this.id, article.id(), new ArticleCommande(article.titre(), contenu, null));
			return null;
		});
	}

	private static ComparaisonVersions.Rubrique rubrique(ComparaisonVersions comparaison, String ancre) {
		return comparaison.rubriques().stream().filter((r) -> r.ancre().equals(ancre)).findFirst().orElseThrow();
	}

	private <T> T conseiller(Supplier<T> travail) {
		return Comptes.en(Comptes.utilisateur(this.caf.id(), Role.CONSEILLER), travail);
	}

	private static String texte(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
