package fr.atelierctg.parcours;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the browser as a user would: signs in and out, clicks what is visible (scrolled
 * into view first), waits for the next page, and says where it was when something is
 * missing.
 */
final class Pilote {

	private final ChromeDriver navigateur;

	private final int port;

	private final String motDePasse;

	Pilote(ChromeDriver navigateur, int port, String motDePasse) {
		this.navigateur = navigateur;
		this.port = port;
		this.motDePasse = motDePasse;
	}

	ChromeDriver navigateur() {
		return this.navigateur;
	}

	String url(String chemin) {
		return "http://localhost:" + this.port + chemin;
	}

	void aller(String chemin) {
		this.navigateur.get(url(chemin));
	}

	void seConnecter(String identifiant) {
		aller("/conventions");
		attendre(By.id("identifiant")).sendKeys(identifiant);
		this.navigateur.findElement(By.id("motDePasse")).sendKeys(this.motDePasse);
		soumettreEtAttendre(this.navigateur.findElement(By.cssSelector("main form button[type=submit]")));
		attendre(By.xpath("//header//button[normalize-space()='Se déconnecter']"));
	}

	void seDeconnecter() {
		soumettreEtAttendre(
				this.navigateur.findElement(By.xpath("//header//button[normalize-space()='Se déconnecter']")));
		attendre(By.id("identifiant"));
	}

	/** A visible submit button of the page's content, by its text. */
	WebElement bouton(String texte) {
		return attendre(
				By.xpath("//main//form//button[normalize-space()=\"" + texte + "\" and not(@aria-hidden='true')]"));
	}

	/** Clicks like a user, then waits for the next page. */
	void soumettreEtAttendre(WebElement bouton) {
		cliquer(bouton);
		try {
			new WebDriverWait(this.navigateur, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(bouton));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("Toujours sur " + this.navigateur.getCurrentUrl() + " : "
					+ textes(this.navigateur.findElements(By.cssSelector(".invalid-feedback, .alert"))), ex);
		}
	}

	/**
	 * Scrolled into view at once, then clicked; again if Bootstrap's smooth scrolling
	 * made the click land elsewhere.
	 */
	void cliquer(WebElement element) {
		new WebDriverWait(this.navigateur, Duration.ofSeconds(10)).ignoring(ElementClickInterceptedException.class)
			.until((pilote) -> {
				this.navigateur.executeScript("document.documentElement.style.scrollBehavior = 'auto';"
						+ " arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
				element.click();
				return true;
			});
	}

	void saisir(WebElement champ, String texte) {
		this.navigateur.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", champ);
		champ.clear();
		champ.sendKeys(texte);
	}

	/** A date field, as the browser's date picker fills it (dd/mm/yyyy in French). */
	void saisirDate(WebElement champ, java.time.LocalDate date) {
		this.navigateur.executeScript("arguments[0].value = arguments[1]", champ, date.toString());
	}

	/** Types at the end of the TinyMCE editor of a textarea. */
	void saisirTexteRiche(String champ, String texte) {
		WebElement cadre = attendre(By.id(champ + "_ifr"));
		this.navigateur.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", cadre);
		this.navigateur.switchTo().frame(cadre);
		try {
			WebElement corps = this.navigateur.findElement(By.id("tinymce"));
			corps.click();
			corps.sendKeys(texte);
		}
		finally {
			this.navigateur.switchTo().defaultContent();
		}
	}

	WebDriverWait attente() {
		return new WebDriverWait(this.navigateur, Duration.ofSeconds(30));
	}

	WebElement attendre(By selecteur) {
		try {
			return new WebDriverWait(this.navigateur, Duration.ofSeconds(30))
				.until(ExpectedConditions.visibilityOfElementLocated(selecteur));
		}
		catch (TimeoutException ex) {
			throw new AssertionError("Pas de " + selecteur + " sur " + this.navigateur.getCurrentUrl() + " :\n"
					+ this.navigateur.findElement(By.tagName("main")).getText(), ex);
		}
	}

	String succes() {
		return attendre(By.cssSelector("main .alert-success")).getText();
	}

	String texteDeLaPage() {
		return this.navigateur.findElement(By.tagName("main")).getText();
	}

	static List<String> textes(List<WebElement> elements) {
		return elements.stream().map(WebElement::getText).toList();
	}

	/** A screenshot in target/parcours (the README's images come from there). */
	void capture(String nom) {
		try {
			Path dossier = Files.createDirectories(Path.of("target", "parcours"));
			Files.write(dossier.resolve(nom + ".png"), this.navigateur.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
