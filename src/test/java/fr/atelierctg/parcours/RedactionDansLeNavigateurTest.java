package fr.atelierctg.parcours;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import fr.atelierctg.support.BaseDeTestInitializer;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conseiller's journey in a real browser: sign in, create a convention, add an EPCI and
 * three communes found in the referential, edit an article in the rich-text editor,
 * download the PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BaseDeTestInitializer.class)
class RedactionDansLeNavigateurTest {

	static ChromeDriver navigateur;

	@LocalServerPort
	int port;

	@Autowired
	TenancyApi tenancy;

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

	private String url(String chemin) {
		return "http://localhost:" + this.port + chemin;
	}

	private WebDriverWait attente() {
		return new WebDriverWait(navigateur, Duration.ofSeconds(15));
	}

	@Test
	void unConseillerRedigeUneConventionEtTelechargeLePdf() throws Exception {
		long caf = this.tenancy.cafDuDepartement("47").orElseThrow().id();
		this.tenancy.creerUtilisateurSiAbsent(caf, new TenancyApi.NouvelUtilisateur("parcours47",
				"parcours-mot-de-passe", "Paula", "Parcours", null, Role.CONSEILLER, Set.of()));

		navigateur.get(url("/conventions"));
		navigateur.findElement(By.id("identifiant")).sendKeys("parcours47");
		navigateur.findElement(By.id("motDePasse")).sendKeys("parcours-mot-de-passe");
		navigateur.findElement(By.cssSelector("button[type=submit]")).click();
		attente().until(ExpectedConditions.urlContains("/conventions"));

		navigateur.findElement(By.linkText("Nouvelle convention")).click();
		WebElement titre = navigateur.findElement(By.id("convention.titre"));
		titre.clear();
		titre.sendKeys("CTG du parcours");
		navigateur.findElement(By.id("convention.territoire")).sendKeys("Val de Garonne Agglomération");
		new org.openqa.selenium.support.ui.Select(navigateur.findElement(By.id("president.civilite")))
			.selectByValue("MADAME");
		navigateur.findElement(By.id("president.prenom")).sendKeys("Béatrice");
		navigateur.findElement(By.id("president.nom")).sendKeys("Lavit");
		new org.openqa.selenium.support.ui.Select(navigateur.findElement(By.id("directeur.civilite")))
			.selectByValue("MADAME");
		navigateur.findElement(By.id("directeur.prenom")).sendKeys("Virginie");
		navigateur.findElement(By.id("directeur.nom")).sendKeys("Monti");
		soumettre();
		attenteDeLaPageConvention();
		String pageConvention = navigateur.getCurrentUrl();

		ajouter("EPCI", "val de garonne", "Val de Garonne", "Jacques", "Bilirit", "MONSIEUR");
		ajouter("COMMUNE", "agme", "Agmé", "Jeanne", "Bissières", "MADAME");
		ajouter("COMMUNE", "mas d agenais", "Mas-d'Agenais", "Claude", "Lagarde", "MONSIEUR");
		ajouter("COMMUNE", "marmande", "Marmande", "Joël", "Hocquelet", "MONSIEUR");
		assertThat(navigateur.findElement(By.id("signataires")).getText()).contains("Agmé", "Le Mas-d'Agenais",
				"Marmande", "Val de Garonne Agglomération");

		navigateur.get(pageConvention);
		cliquer(navigateur.findElement(By.cssSelector("[aria-label='Modifier Article 8']")));
		attente().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tox-edit-area iframe")));
		navigateur.switchTo().frame(navigateur.findElement(By.cssSelector(".tox-edit-area iframe")));
		WebElement corps = navigateur.findElement(By.id("tinymce"));
		corps.click();
		corps.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END));
		corps.sendKeys(org.openqa.selenium.Keys.ENTER, "Les logos figurent sur tous les supports du territoire.");
		navigateur.switchTo().defaultContent();
		soumettre();
		attenteDeLaPageConvention();
		assertThat(navigateur.findElement(By.cssSelector(".alert-success")).getText()).contains("Article enregistré");

		navigateur.switchTo().frame(navigateur.findElement(By.cssSelector("iframe[title^='Aperçu']")));
		assertThat(navigateur.findElement(By.tagName("body")).getText())
			.contains("Les logos figurent sur tous les supports du territoire.")
			.contains("La commune d'Agmé, représentée par sa maire, Madame Jeanne Bissières, dûment autorisée");
		navigateur.switchTo().defaultContent();

		String lienPdf = navigateur.findElement(By.linkText("Télécharger le PDF")).getAttribute("href");
		Cookie session = navigateur.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(lienPdf))
				.header("Cookie", "JSESSIONID=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	/**
	 * Submits the page's main form like a user: button scrolled into view, then clicked.
	 */
	private static void soumettre() {
		cliquer(navigateur.findElement(By.cssSelector("main form button[type=submit]")));
	}

	private static void cliquer(WebElement element) {
		navigateur.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private void ajouter(String type, String recherche, String attendu, String prenom, String nom, String civilite) {
		cliquer(navigateur.findElement(By.cssSelector("a[href*='signataires/nouveau?type=" + type + "']")));
		WebElement saisie = navigateur.findElement(By.id("recherche"));
		saisie.sendKeys(recherche);
		WebElement suggestion = attente().until(ExpectedConditions
			.elementToBeClickable(By.xpath("//ul[@id='suggestions']/li[contains(., \"" + attendu + "\")]")));
		suggestion.click();
		if ("EPCI".equals(type)) {
			WebElement membres = navigateur.findElement(By.id("avecCommunesMembres"));
			if (membres.isSelected()) {
				membres.click();
			}
		}
		new org.openqa.selenium.support.ui.Select(navigateur.findElement(By.id("representant.civilite")))
			.selectByValue(civilite);
		navigateur.findElement(By.id("representant.prenom")).sendKeys(prenom);
		navigateur.findElement(By.id("representant.nom")).sendKeys(nom);
		soumettre();
		attenteDeLaPageConvention();
	}

	/** Back on the convention page; otherwise fails with the messages the form shows. */
	private void attenteDeLaPageConvention() {
		try {
			attente().until(ExpectedConditions.presenceOfElementLocated(By.id("signataires")));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("Toujours sur " + navigateur.getCurrentUrl() + " : "
					+ navigateur.findElements(By.cssSelector(".invalid-feedback, .alert"))
						.stream()
						.map(WebElement::getText)
						.toList(),
					ex);
		}
	}

}
