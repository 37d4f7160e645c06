package fr.atelierctg.document;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.convention.ArticleCommande;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The PDF of a convention with an EPCI and three communes, read back as text. */
@IntegrationTest
class ConventionPdfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionService redaction;

	@Autowired
	ConventionApi conventions;

	@Autowired
	DocumentApi documents;

	CafVue caf;

	UtilisateurConnecte conseiller;

	long convention;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
	}

	private String texteDuPdf() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/conventions/" + this.convention + "/document.pdf").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replace('\u202F', ' ').replace('\u00A0', ' ');
		}
	}

	private static String uneLigne(String texte) {
		// a line may break after the hyphen of a compound name: "Lot-et-" / "Garonne"
		return texte.replaceAll("-\\R", "-").replaceAll("\\s+", " ");
	}

	@Test
	void ecritLesPartiesAvecLaBonneGrammaire() throws Exception {
		String texte = uneLigne(texteDuPdf());
		assertThat(texte).contains("CONVENTION TERRITORIALE GLOBALE")
			.contains("Val de Garonne Agglomération")
			.contains("du 1er janvier 2025 au 31 décembre 2029")
			.contains(
					"La Caisse d'allocations familiales de Lot-et-Garonne, représentée par la présidente de son conseil d'administration, Madame Béatrice Lavit, et par son directeur, Monsieur Paul Monti, dûment autorisés")
			.contains(
					"La commune d'Agmé, représentée par sa maire, Madame Jeanne Bissières, dûment autorisée à signer la présente convention par délibération du conseil municipal")
			.contains(
					"La commune du Mas-d'Agenais, représentée par son maire, Monsieur Claude Lagarde, dûment autorisé")
			.contains(
					"La communauté d'agglomération « Val de Garonne Agglomération », représentée par son président, Monsieur Jacques Bilirit, dûment autorisé à signer la présente convention par délibération du conseil communautaire en date du 19 juin 2025")
			.contains("Ci-après dénommée « la commune d'Agmé »")
			.contains(
					"Vu la délibération du conseil communautaire de la communauté d'agglomération « Val de Garonne Agglomération » en date du 19 juin 2025")
			.contains(
					"la Caf de Lot-et-Garonne et la communauté d'agglomération « Val de Garonne Agglomération » ainsi que les communes d'Agmé, du Mas-d'Agenais et de Marmande")
			.contains("Le comité de pilotage est présidé par la Caf de Lot-et-Garonne")
			.contains("Fait à Marmande")
			.contains("La Maire")
			.contains("Jeanne Bissières");
	}

	@Test
	void numeroteLesArticlesSansTrouEtNeLaisseNiChampNiConsigne() throws Exception {
		String texte = uneLigne(texteDuPdf());
		for (int numero = 1; numero <= 14; numero++) {
			assertThat(texte).contains("Article " + numero);
		}
		assertThat(texte).doesNotContain("Article 15")
			.doesNotContain("{{")
			.doesNotContain("…")
			.doesNotContain("XX")
			.doesNotContain("20xx")
			.doesNotContain("(A adapter")
			.doesNotContain("(Une option")
			.doesNotContain("M …");
		assertThat(texte).contains("loi n° 2023-1196 du 18 décembre 2023").doesNotContain("18 décembre 2024");
	}

	@Test
	void renumeroteApresSuppressionEtSuitLesRenvois() throws Exception {
		List<ArticleLu> articles = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention).articles());
		ArticleLu objet = articles.stream().filter((a) -> a.cle().equals("objet")).findFirst().orElseThrow();
		Comptes.en(this.conseiller, () -> {
			this.redaction.retirerArticle(this.convention, objet.id());
			ArticleLu duree = this.conventions.lire(this.convention)
				.articles()
				.stream()
				.filter((a) -> a.cle().equals("duree"))
				.findFirst()
				.orElseThrow();
			this.redaction.modifierArticle(this.convention, duree.id(), new ArticleCommande(duree.titre(),
					"<p>Voir {{article.suivi}} ; conclue {{periode}}.</p>", duree.version()));
			return null;
		});
		String texte = uneLigne(texteDuPdf());
		assertThat(texte).contains("Article 13").doesNotContain("Article 14");
		assertThat(texte).contains("Voir article 8 ; conclue du 1er janvier 2025 au 31 décembre 2029.");
	}

	@Test
	void imprimeLesTentativesDInjectionCommeDuTexte() throws Exception {
		ArticleLu objet = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention).articles().get(1));
		Comptes.en(this.conseiller, () -> {
			this.redaction.modifierArticle(this.convention, objet.id(), new ArticleCommande("Objet [[${7*7}]]",
					"<p>${T(java.lang.Runtime).getRuntime().exec('id')} [[${7*7}]] <script>alert('x')</script>fin</p>",
					null));
			return null;
		});
		String texte = uneLigne(texteDuPdf());
		assertThat(texte).contains("${T(java.lang.Runtime).getRuntime().exec('id')} [[${7*7}]] fin")
			.contains("Objet [[${7*7}]]")
			.doesNotContain("alert(");
		String apercu = this.mvc.perform(get("/conventions/" + this.convention + "/apercu").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(apercu).contains("[[${7*7}]]").doesNotContain("<script>alert");
	}

	@Test
	void ecritLeLieuDeSignatureAvecSonArticle() {
		Comptes.en(this.conseiller, () -> {
			fr.atelierctg.convention.ConventionLue lue = this.conventions.lire(this.convention);
			this.redaction.modifier(this.convention,
					new fr.atelierctg.convention.ConventionCommande(lue.titre(), lue.territoire(),
							lue.periode().debut(), lue.periode().fin(), "Le Mas-d'Agenais", lue.presidenceCopil(),
							lue.ctgDansMaPoche()));
			assertThat(this.documents.redige(this.convention).faitA())
				.isEqualTo("Fait au Mas-d'Agenais, à la date de la dernière signature.");
			return null;
		});
	}

}
