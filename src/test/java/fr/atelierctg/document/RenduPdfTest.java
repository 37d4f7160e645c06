package fr.atelierctg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.atelierctg.document.DocumentRedige.BlocSignature;
import fr.atelierctg.document.DocumentRedige.Partie;
import fr.atelierctg.document.DocumentRedige.Section;

import static fr.atelierctg.document.PdfLu.normaliser;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF of the 48-signatory convention, read back with PDFBox. Rendered once for the
 * class: the first rendering warms up Flying Saucer (a few seconds), the next ones take
 * about 0.1 s.
 */
class RenduPdfTest {

	private static final DocumentRenderer RENDERER = new DocumentRenderer();

	private static DocumentRedige convention;

	private static PdfLu projet;

	private static PdfLu signe;

	@BeforeAll
	static void rendre() {
		convention = DocumentsExemples.conventionValDeGaronne(true);
		projet = PdfLu.lire(RENDERER.pdf(convention));
		signe = PdfLu.lire(RENDERER.pdf(DocumentsExemples.conventionValDeGaronne(false)));
	}

	@Test
	void ouvreSurUnePageDeTitreAvecTitreTerritoireEtPeriode() {
		assertThat(projet.page(1)).contains(convention.titre(), convention.sousTitre(), convention.periode())
			.doesNotContain("Entre :");
	}

	@Test
	void enumereChaquePartieAvecSaDenominationSepareesParEt() {
		String texte = projet.texte();
		int depuis = texte.indexOf("Entre :");
		assertThat(depuis).isNotNegative();
		for (Partie partie : convention.parties()) {
			int position = texte.indexOf(normaliser(Jsoup.parse(partie.html()).text()), depuis);
			assertThat(position).as(partie.html()).isGreaterThan(depuis);
			assertThat(texte.indexOf(normaliser(partie.denomination()), position)).as(partie.denomination())
				.isGreaterThan(position);
			depuis = position;
		}
		assertThat(texte.split("Et :", -1)).hasSize(convention.parties().size());
		assertThat(texte.indexOf("Il est convenu et arrêté ce qui suit :")).isGreaterThan(depuis);
	}

	@Test
	void reprendLesVisasDansLOrdreApresLaFormuleDAccord() {
		List<String> attendus = new ArrayList<>();
		attendus.add("Il est convenu et arrêté ce qui suit :");
		convention.visas().forEach((visa) -> attendus.add(normaliser(visa)));
		attendus.add("PRÉAMBULE");
		assertThat(projet.texte()).containsSubsequence(attendus);
	}

	@Test
	void intituleChaqueArticleArticleNTiretTitreDansLOrdre() {
		List<String> intitules = convention.articles()
			.stream()
			.map((article) -> normaliser(article.numero() + " – " + article.titre()))
			.toList();
		assertThat(intitules).hasSize(14).first().isEqualTo("Article 1 – Objet de la convention territoriale globale");
		assertThat(projet.texte()).containsSubsequence(intitules);
	}

	@Test
	void numeroteChaquePageSurLeNombreTotalDePages() {
		int total = projet.nombreDePages();
		assertThat(total).isGreaterThan(15);
		for (int n = 1; n <= total; n++) {
			assertThat(projet.page(n)).as("page %d", n)
				.contains("Page " + n + " / " + total)
				.contains(normaliser(convention.titre() + " – " + convention.sousTitre()));
		}
	}

	@Test
	void conserveLesCaracteresFrancaisDontLEspaceFine() {
		assertThat(projet.texte()).contains("Agglomération", "première", "être", "à", "ç", "cœur", "Cœurdevey",
				"l’Éducation nationale", "« la Caf »", "1 335 184,50 €", "61 500 habitants");
		assertThat(projet.texte()).doesNotContain("\uFFFD", "?la Caf");
	}

	@Test
	void afficheLeFiligraneProjetSurChaquePage() {
		for (int n = 1; n <= projet.nombreDePages(); n++) {
			// Diagonal text: PDFBox extracts it with spaces between groups of letters
			// ("PR OJE T").
			assertThat(projet.page(n).replace(" ", "")).as("page %d", n).contains("PROJET");
		}
	}

	@Test
	void nAfficheAucunFiligraneSurUnDocumentQuiNEstPlusUnProjet() {
		assertThat(signe.nombreDePages()).isEqualTo(projet.nombreDePages());
		for (int n = 1; n <= signe.nombreDePages(); n++) {
			assertThat(signe.page(n).replace(" ", "")).as("page %d", n).doesNotContain("PROJET");
		}
	}

	@Test
	void presenteUnBlocDeSignaturePourChaqueSignataireApresLaFormuleDeCloture() {
		String texte = projet.texte();
		int cloture = texte.indexOf("Fait à Marmande, le 12 septembre 2025");
		assertThat(cloture).isPositive();
		assertThat(texte.indexOf("En autant d’exemplaires originaux que de signataires.")).isGreaterThan(cloture);
		assertThat(convention.signatures()).hasSize(49);
		for (BlocSignature bloc : convention.signatures()) {
			assertThat(texte.indexOf(normaliser(bloc.nom()), cloture)).as(bloc.nom()).isGreaterThan(cloture);
		}
	}

	@Test
	void neCoupeJamaisUnBlocDeSignatureEntreDeuxPages() {
		int cloture = projet.pagesContenant(convention.faitA()).get(0);
		List<Integer> pagesDesSignatures = new ArrayList<>();
		for (BlocSignature bloc : convention.signatures()) {
			// The parties name the representatives too: only look from the closing
			// formula on.
			List<Integer> pages = projet.pagesContenant(bloc.nom()).stream().filter((n) -> n >= cloture).toList();
			assertThat(pages).as(bloc.nom()).hasSize(1);
			String page = projet.page(pages.get(0));
			assertThat(page).as("bloc de %s", bloc.nom())
				.contains(normaliser(bloc.entite()))
				.contains(normaliser(bloc.qualite()));
			pagesDesSignatures.add(pages.get(0));
		}
		// The grid (25 rows of 2 blocks) runs over several pages: there are page breaks
		// to survive.
		assertThat(pagesDesSignatures.stream().distinct().count()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void embarqueToutesLesPolicesUtilisees() {
		assertThat(projet.polices()).isNotEmpty().allSatisfy((police) -> {
			assertThat(police.isEmbedded()).as(police.getName()).isTrue();
			assertThat(police.getName()).contains("LiberationSans");
		});
	}

	@Test
	void proposeUnSignetPourLePreambuleChaqueArticleLesSignaturesEtChaqueAnnexe() {
		List<String> attendus = new ArrayList<>();
		attendus.add("Préambule");
		convention.articles().forEach((article) -> attendus.add(article.numero() + " – " + article.titre()));
		attendus.add("Signatures");
		attendus.add("Annexes");
		convention.annexes().forEach((annexe) -> attendus.add("> " + annexe.numero() + " – " + annexe.titre()));
		assertThat(projet.signets()).containsExactlyElementsOf(attendus);
	}

	@Test
	void renseigneLeTitreLAuteurEtLaLangueDuPdf() {
		assertThat(projet.titre()).isEqualTo(convention.titre() + " – " + convention.sousTitre());
		assertThat(projet.auteur()).isEqualTo("Atelier CTG");
		assertThat(projet.langue()).isEqualTo("fr");
	}

	@Test
	void commenceChaqueAnnexeEnHautDUneNouvellePage() {
		for (Section annexe : convention.annexes()) {
			String intitule = normaliser(annexe.numero() + " – " + annexe.titre());
			List<Integer> pages = projet.pagesContenant(intitule);
			assertThat(pages).as(intitule).hasSize(1);
			assertThat(projet.pageDansLOrdreDeLecture(pages.get(0))).as(intitule).startsWith(intitule);
		}
	}

	@Test
	void neRenvoieJamaisALaLigneJusteApresUneApostrophe() {
		for (int n = 1; n <= projet.nombreDePages(); n++) {
			assertThat(projet.pageBrute(n).lines()).as("page %d", n).noneMatch((ligne) -> ligne.strip().endsWith("’"));
		}
	}

	@Test
	void indiqueDansLeSommaireLaPageReelleDeChaqueArticle() {
		PdfLu avecSommaire = PdfLu.lire(RENDERER.pdf(convention, OptionsRendu.AVEC_SOMMAIRE));
		String sommaire = avecSommaire.pageDansLOrdreDeLecture(2);
		assertThat(sommaire).startsWith("SOMMAIRE");
		for (Section article : convention.articles()) {
			String intitule = normaliser(article.numero() + " – " + article.titre());
			Matcher entree = Pattern.compile(Pattern.quote(intitule) + " ?\\.+ ?(\\d+)").matcher(sommaire);
			assertThat(entree.find()).as(intitule).isTrue();
			int page = Integer.parseInt(entree.group(1));
			assertThat(avecSommaire.pagesContenant(intitule)).as(intitule).contains(page);
		}
	}

}
