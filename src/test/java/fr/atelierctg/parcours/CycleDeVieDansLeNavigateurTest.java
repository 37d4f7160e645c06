package fr.atelierctg.parcours;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.support.BaseDeTestInitializer;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #4 in a real browser, with the right account at each step: the conseillère opens
 * the concertation and comments an article, the chargée de coopération answers, the
 * conseillère asks for review; the directeur's validation stops on Marmande's missing
 * deliberation and links to it; once deposited, the convention is validated, put to
 * signature, signed by each party one by one, and its PDF says where and when.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BaseDeTestInitializer.class)
class CycleDeVieDansLeNavigateurTest {

	private static final String CONSEILLERE = "cycle-conseillere47";

	private static final String DIRECTEUR = "cycle-directeur47";

	private static final String CHARGEE = "cycle-cooperation-vga";

	private static final String MOT_DE_PASSE = "parcours-mot-de-passe";

	static ChromeDriver navigateur;

	@LocalServerPort
	int port;

	@Autowired
	TenancyApi tenancy;

	@Autowired
	Scenario scenario;

	@TempDir
	Path dossier;

	Pilote pilote;

	long convention;

	@BeforeAll
	static void demarrer() {
		Assumptions.assumeTrue(Navigateur.disponible(),
				"Chromium et chromedriver absents : apt-get install -y chromium chromium-driver (CI les installe)");
		navigateur = Navigateur.demarrer();
	}

	@AfterAll
	static void arreter() {
		if (navigateur != null) {
			navigateur.quit();
		}
	}

	@BeforeEach
	void preparer() {
		this.pilote = new Pilote(navigateur, this.port, MOT_DE_PASSE);
		CafVue caf = this.scenario.caf("47");
		this.convention = this.scenario.conventionPreteSaufLaDeliberationDeMarmande(caf);
		this.tenancy.creerUtilisateurSiAbsent(caf.id(), new TenancyApi.NouvelUtilisateur(CONSEILLERE, MOT_DE_PASSE,
				"Clara", "Cycle", null, Role.CONSEILLER, Set.of()));
		this.tenancy.creerUtilisateurSiAbsent(caf.id(), new TenancyApi.NouvelUtilisateur(DIRECTEUR, MOT_DE_PASSE,
				"Denis", "Direction", null, Role.DIRECTEUR, Set.of()));
		this.tenancy.creerUtilisateurSiAbsent(caf.id(), new TenancyApi.NouvelUtilisateur(CHARGEE, MOT_DE_PASSE,
				"Camille", "Garonne", null, Role.CHARGE_COOPERATION, Set.of(Scenario.SIREN_VGA)));
	}

	@Test
	void laConventionVaDuBrouillonALaSignatureAvecLesBonsComptes() throws Exception {
		this.pilote.seConnecter(CONSEILLERE);
		laConseillereOuvreLaConcertationEtCommenteLArticle2();
		this.pilote.seDeconnecter();

		this.pilote.seConnecter(CHARGEE);
		laChargeeRepondSansPouvoirChangerLeStatut();
		this.pilote.seDeconnecter();

		this.pilote.seConnecter(CONSEILLERE);
		ouvrirLaConvention();
		assertThat(boutonsDeTransition()).doesNotContain("Valider la convention");
		transition("Passer en relecture");
		assertThat(statut()).isEqualTo("En relecture");
		this.pilote.seDeconnecter();

		this.pilote.seConnecter(DIRECTEUR);
		leDirecteurEstArreteParLaDeliberationManquanteEtLaDepose();
		ouvrirLaConvention();
		transition("Valider la convention");
		assertThat(statut()).isEqualTo("Validée");
		assertThat(this.pilote.texteDeLaPage()).contains("texte et annexes figés");
		transition("Mettre en signature");
		assertThat(statut()).isEqualTo("En signature");
		chaqueSignataireSigneUnAUn();
		ouvrirLaConvention();
		assertThat(statut()).isEqualTo("En vigueur");
		assertThat(this.pilote.texteDeLaPage()).contains("Signée", "En vigueur");
		lePdfPorteLeLieuEtLaDateDeLaDerniereSignature();
		lesVersionsSeComparent();
	}

	/**
	 * A version at each move; the first against today shows the deliberation that came
	 * since.
	 */
	private void lesVersionsSeComparent() {
		this.pilote.aller("/conventions/" + this.convention + "/versions");
		assertThat(this.pilote.texteDeLaPage()).contains("En concertation", "Validée", "Signée", "En vigueur");
		this.pilote.aller("/conventions/" + this.convention + "/versions/comparer?de=1&a=actuel");
		this.pilote.attendre(By.tagName("h1"));
		assertThat(navigateur.findElements(By.cssSelector("ins"))).isNotEmpty();
		assertThat(this.pilote.texteDeLaPage()).contains("26 juin 2025");
		this.pilote.capture("versions-comparaison");
	}

	private void laConseillereOuvreLaConcertationEtCommenteLArticle2() {
		ouvrirLaConvention();
		assertThat(statut()).isEqualTo("Brouillon");
		this.pilote.saisir(navigateur.findElement(By.id("motif-OUVRIR_CONCERTATION")),
				"Merci de compléter vos annexes avant le 15 décembre.");
		transition("Ouvrir la concertation");
		assertThat(statut()).isEqualTo("En concertation");

		this.pilote.aller("/conventions/" + this.convention + "/commentaires");
		new Select(this.pilote.attendre(By.id("nouveau-cible")))
			.selectByVisibleText(navigateur.findElements(By.cssSelector("#nouveau-cible option")).get(2).getText());
		this.pilote.saisir(navigateur.findElement(By.id("nouveau-texte")),
				"Pouvez-vous confirmer les compétences transférées à l'agglomération ?");
		this.pilote.soumettreEtAttendre(this.pilote.bouton("Publier le commentaire"));
		assertThat(this.pilote.texteDeLaPage())
			.contains("Pouvez-vous confirmer les compétences transférées à l'agglomération ?");
	}

	private void laChargeeRepondSansPouvoirChangerLeStatut() {
		ouvrirLaConvention();
		assertThat(boutonsDeTransition()).isEmpty();
		this.pilote.aller("/conventions/" + this.convention + "/commentaires");
		WebElement fil = this.pilote.attendre(By.xpath(
				"//article[.//*[contains(normalize-space(), \"Pouvez-vous confirmer les compétences transférées\")]]"));
		WebElement reponse = fil.findElement(By.cssSelector("textarea[name=texte]"));
		this.pilote.saisir(reponse, "Oui : petite enfance et jeunesse depuis 2019.");
		this.pilote.soumettreEtAttendre(fil.findElement(By.xpath(".//button[normalize-space()='Répondre']")));
		assertThat(this.pilote.texteDeLaPage()).contains("Oui : petite enfance et jeunesse depuis 2019.");
	}

	private void leDirecteurEstArreteParLaDeliberationManquanteEtLaDepose() throws Exception {
		ouvrirLaConvention();
		transition("Valider la convention");
		assertThat(statut()).isEqualTo("En relecture");
		WebElement erreur = this.pilote.attendre(
				By.xpath("//section[@id='cycle']//div[contains(@class,'alert-danger')]//a[contains(., 'Marmande')]"));
		this.pilote.cliquer(erreur);
		WebElement depot = this.pilote.attendre(By.id("deliberation"));
		assertThat(navigateur.getCurrentUrl()).contains("/signataires/").endsWith("#deliberation");
		Path pdf = this.dossier.resolve("deliberation-marmande.pdf");
		Files.write(pdf, pdf("Délibération du conseil municipal de Marmande"));
		depot.findElement(By.id("fichier")).sendKeys(pdf.toAbsolutePath().toString());
		this.pilote.saisirDate(depot.findElement(By.id("dateDeliberation")), LocalDate.of(2025, 6, 26));
		this.pilote.soumettreEtAttendre(depot.findElement(By.cssSelector("button[type=submit]")));
		assertThat(this.pilote.texteDeLaPage()).contains("deliberation-marmande.pdf");
	}

	private void chaqueSignataireSigneUnAUn() throws Exception {
		this.pilote.cliquer(this.pilote.attendre(By.partialLinkText("Signatures : 0 sur 5")));
		Path exemplaire = this.dossier.resolve("exemplaire-signe.pdf");
		Files.write(exemplaire, pdf("Convention signée"));
		for (int signees = 0; signees < 5; signees++) {
			WebElement formulaire = this.pilote
				.attendre(By.xpath("(//form[contains(@action,'/signature') and .//input[@type='file']])[1]"));
			this.pilote.saisirDate(formulaire.findElement(By.name("date")), aujourdhui());
			formulaire.findElement(By.name("copie")).sendKeys(exemplaire.toAbsolutePath().toString());
			this.pilote.soumettreEtAttendre(formulaire.findElement(By.cssSelector("button[type=submit]")));
			assertThat(this.pilote.texteDeLaPage()).contains((signees + 1) + " signature(s) enregistrée(s) sur 5");
		}
		assertThat(navigateur.findElements(By.cssSelector("input[type=file]"))).isEmpty();
		this.pilote.capture("signatures");
	}

	private void lePdfPorteLeLieuEtLaDateDeLaDerniereSignature() throws Exception {
		String lien = navigateur.findElement(By.linkText("Télécharger le PDF")).getAttribute("href");
		HttpResponse<byte[]> reponse = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(lien))
				.header("Cookie", "JSESSIONID=" + navigateur.manage().getCookieNamed("JSESSIONID").getValue())
				.timeout(Duration.ofMinutes(2))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(reponse.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(reponse.body())) {
			String texte = new PDFTextStripper().getText(document).replaceAll("[\\s\\u202F\\u00A0]+", " ");
			assertThat(texte).contains("Fait à Marmande, le " + DatesFr.longue(aujourdhui()) + ".")
				.doesNotContain("PROJET")
				.doesNotContain("XX/XX");
		}
	}

	// --- steps shared by the roles

	private void ouvrirLaConvention() {
		this.pilote.aller("/conventions/" + this.convention);
		this.pilote.attendre(By.id("cycle"));
	}

	private void transition(String libelle) {
		this.pilote.soumettreEtAttendre(this.pilote.bouton(libelle));
		this.pilote.attendre(By.id("cycle"));
	}

	private String statut() {
		return this.pilote.attendre(By.cssSelector("#titre-cycle .badge")).getText();
	}

	private List<String> boutonsDeTransition() {
		return Pilote.textes(navigateur.findElements(By.cssSelector("form[action$='/transitions'] button")));
	}

	private static LocalDate aujourdhui() {
		return LocalDate.now(ZoneId.of("Europe/Paris"));
	}

	private static byte[] pdf(String texte) {
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, sortie);
		document.open();
		document.add(new Paragraph(texte));
		document.close();
		return sortie.toByteArray();
	}

}
