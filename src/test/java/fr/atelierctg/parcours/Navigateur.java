package fr.atelierctg.parcours;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by its chromedriver, with explicit paths so that
 * Selenium Manager never tries the network.
 */
final class Navigateur {

	private Navigateur() {
	}

	static boolean disponible() {
		return new File(chemin("ATELIER_CHROMIUM", "/usr/bin/chromium")).canExecute()
				&& new File(chemin("ATELIER_CHROMEDRIVER", "/usr/bin/chromedriver")).canExecute();
	}

	static ChromeDriver demarrer() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chemin("ATELIER_CHROMIUM", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1400,1000", "--lang=fr-FR");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(chemin("ATELIER_CHROMEDRIVER", "/usr/bin/chromedriver")))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}

	private static String chemin(String variable, String defaut) {
		return System.getenv().getOrDefault(variable, defaut);
	}

}
