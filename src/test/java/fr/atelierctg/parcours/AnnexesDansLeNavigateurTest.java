package fr.atelierctg.parcours;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import fr.atelierctg.support.BaseDeTestInitializer;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annexes of issue #3 in a real browser, as a Caf conseiller and the chargée de
 * coopération of Val de Garonne Agglomération fill them on a convention built like the
 * demo (the EPCI, Agmé, Le Mas-d'Agenais, Marmande): the chargée imports her list of
 * équipements (a faulty file first, then an Excel CSV) and writes an action of the plan
 * the conseiller started from the model; the conseiller writes the diagnostic, the
 * pilotage and deposits the EPCI's deliberation; the PDF carries all of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = BaseDeTestInitializer.class)
class AnnexesDansLeNavigateurTest {

	private static final String CONSEILLER = "annexes-conseiller47";

	private static final String CHARGEE = "annexes-cooperation-vga";

	private static final String MOT_DE_PASSE = "parcours-mot-de-passe";

	/** The EPCI as the national referential names it, and so as the pages show it. */
	private static final String VGA = "CA Val de Garonne Agglomération";

	/** As Excel saves "CSV (séparateur : point-virgule)" on a French Windows. */
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static ChromeDriver navigateur;

	@LocalServerPort
	int port;

	@Autowired
	TenancyApi tenancy;

	@Autowired
	Scenario scenario;

	@TempDir
	Path dossier;

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

	Pilote pilote;

	@org.junit.jupiter.api.BeforeEach
	void piloter() {
		this.pilote = new Pilote(navigateur, this.port, MOT_DE_PASSE);
	}

	@Test
	void lesAnnexesSeRemplissentDansLeNavigateurEtSImprimentDansLePdf() throws Exception {
		CafVue caf = this.scenario.caf("47");
		long convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(caf);
		this.tenancy.creerUtilisateurSiAbsent(caf.id(), new TenancyApi.NouvelUtilisateur(CONSEILLER, MOT_DE_PASSE,
				"Paula", "Parcours", null, Role.CONSEILLER, Set.of()));
		this.tenancy.creerUtilisateurSiAbsent(caf.id(), new TenancyApi.NouvelUtilisateur(CHARGEE, MOT_DE_PASSE,
				"Camille", "Garonne", null, Role.CHARGE_COOPERATION, Set.of(Scenario.SIREN_VGA)));

		this.pilote.seConnecter(CONSEILLER);
		leConseillerPartDesSeptObjectifsDuModele(convention);
		this.pilote.seDeconnecter();

		this.pilote.seConnecter(CHARGEE);
		laChargeeImporteLaListeDesEquipementsDeSonEpci(convention);
		laChargeeEcritUneActionPiloteeParSonEpci(convention);
		laChargeeIndiqueLeTransfertDeLaPlanificationDAgme(convention);
		laChargeeRemplitLaProjectionDeSonEpci(convention);
		this.pilote.seDeconnecter();

		this.pilote.seConnecter(CONSEILLER);
		leConseillerVoitLesAvertissementsDuTableauDesAo(convention);
		leConseillerEcritLeDiagnostic(convention);
		leConseillerOrganiseLePilotage(convention);
		leConseillerDeposeLaDeliberationDeLEpci(convention);
		lePdfPorteLesAnnexes(convention);
	}

	/** Annex 3: the axes are the Caf's; the chargée can only add actions to them. */
	private void leConseillerPartDesSeptObjectifsDuModele(long convention) {
		ouvrirLaConvention(convention);
		this.pilote.cliquer(navigateur.findElement(By.linkText("fiches actions")));
		this.pilote.attendre(By.xpath("//h1[normalize-space()=\"Plan d'actions\"]"));
		this.pilote.soumettreEtAttendre(this.pilote.bouton("Partir des sept objectifs du modèle"));
		assertThat(this.pilote.succes()).startsWith("Les sept objectifs du modèle sont vos axes");
		assertThat(navigateur.findElements(By.cssSelector("div[id^='axe-']"))).hasSize(7);
		assertThat(navigateur.findElement(By.cssSelector("div[id^='axe-'] h2")).getText()).startsWith("Axe 1")
			.contains("Répondre aux besoins d'accueil diversifiés des jeunes enfants");
	}

	/**
	 * Annex 2: a file with faulty lines imports nothing and says which lines; an Excel
	 * CSV (Windows-1252, ";") replaces the list. Marmande's list is not hers to import.
	 */
	private void laChargeeImporteLaListeDesEquipementsDeSonEpci(long convention) throws IOException {
		ouvrirLaConvention(convention);
		this.pilote.cliquer(navigateur.findElement(By.linkText("listes des collectivités")));
		WebElement liste = this.pilote.attendre(liste(VGA));

		Path fautif = csv("equipements-fautifs.csv", "Type;Nom;Gestionnaire;Adresse;Commune;Capacité",
				"EAJE PSU;Multi-accueil Les Écureuils;Val de Garonne Agglomération;2 rue de la Prairie;Marmande;24",
				"crèche;Crèche des Coteaux;Val de Garonne Agglomération;;Marmande;12",
				"RPE;Relais petite enfance Val de Garonne;Val de Garonne Agglomération;;Atlantis;1,5");
		importer(liste, fautif);
		liste = this.pilote.attendre(liste(VGA));
		List<String> erreurs = Pilote.textes(liste.findElements(By.cssSelector(".alert-danger li")));
		assertThat(liste.findElement(By.cssSelector(".alert-danger")).getText())
			.contains("Le fichier n'a pas été importé : rien n'a été modifié.");
		assertThat(erreurs).hasSize(2);
		assertThat(erreurs.get(0)).startsWith("Ligne 3 : type « crèche » inconnu");
		assertThat(erreurs.get(1)).startsWith("Ligne 4 : commune « Atlantis » introuvable");
		assertThat(liste.getText()).contains("Aucun équipement pour le moment.").doesNotContain("Les Écureuils");
		assertThat(liste.findElement(By.cssSelector("h2 .badge")).getText()).isEqualTo("0");

		Path excel = csv("equipements-vga.csv", "Type;Nom;Gestionnaire;Adresse;Commune;Capacité",
				"EAJE PSU;Multi-accueil Les Écureuils;Val de Garonne Agglomération;2 rue de la Prairie;Marmande;24",
				"RPE;Relais petite enfance Val de Garonne;Val de Garonne Agglomération;Place du Marché;"
						+ "Le Mas-d'Agenais;1,5",
				"LAEP;LAEP La Parenthèse;Centre social de Marmande;;Agmé;");
		importer(liste, excel);
		assertThat(this.pilote.succes()).isEqualTo("3 équipement(s) importé(s) ; la liste précédente est remplacée.");
		this.pilote.capture("annexe-equipements");
		liste = this.pilote.attendre(liste(VGA));
		assertThat(liste.findElements(By.cssSelector(".alert-danger"))).isEmpty();
		assertThat(liste.findElement(By.cssSelector("h2 .badge")).getText()).isEqualTo("3");
		List<String> lignes = Pilote.textes(liste.findElements(By.cssSelector("tbody tr")));
		assertThat(lignes).hasSize(3);
		assertThat(lignes.get(0)).contains("Multi-accueil Les Écureuils", "24 places");
		assertThat(lignes.get(1)).contains("Relais petite enfance (RPE)", "Relais petite enfance Val de Garonne",
				"Place du Marché", "Le Mas-d'Agenais", "1,50 ETP");
		assertThat(lignes.get(2)).contains("LAEP La Parenthèse", "Agmé");

		assertThat(liste.findElements(By.cssSelector("input[type=file]"))).hasSize(1);
		WebElement marmande = navigateur.findElement(liste("Marmande"));
		assertThat(marmande.findElements(By.cssSelector("input[type=file]"))).isEmpty();
		assertThat(marmande.findElements(By.cssSelector("form[action$='/import']"))).isEmpty();
		assertThat(marmande.getText()).doesNotContain("Ajouter un équipement");
	}

	/** Annex 3: the chargée adds an action to axe 1, piloted by her EPCI. */
	private void laChargeeEcritUneActionPiloteeParSonEpci(long convention) {
		ouvrirLaConvention(convention);
		this.pilote.cliquer(navigateur.findElement(By.linkText("fiches actions")));
		this.pilote.attendre(By.cssSelector("div[id^='axe-']"));
		assertThat(navigateur
			.findElements(By.xpath("//main//button[normalize-space()='Partir des sept objectifs du modèle']")))
			.isEmpty();
		this.pilote.cliquer(navigateur.findElement(By.cssSelector("a[aria-label='Ajouter une action à l’axe 1']")));

		this.pilote.saisir(this.pilote.attendre(By.id("intitule")), "Créer un relais petite enfance itinérant");
		Select pilote = new Select(navigateur.findElement(By.id("piloteSignataireId")));
		assertThat(Pilote.textes(pilote.getOptions())).containsExactly("— Choisissez un signataire —", VGA);
		pilote.selectByVisibleText(VGA);
		this.pilote.saisirTexteRiche("indicateursEvaluation", "Nombre de familles reçues par le relais itinérant");
		this.pilote.soumettreEtAttendre(navigateur.findElement(By.cssSelector("main form button[type=submit]")));

		assertThat(this.pilote.succes()).isEqualTo("Action 1.1 ajoutée.");
		this.pilote.capture("annexe-plan-actions");
		WebElement ligne = navigateur.findElement(By.xpath(
				"//tr[starts-with(@id,'action-')][.//a[normalize-space()='Créer un relais petite enfance itinérant']]"));
		assertThat(ligne.findElement(By.cssSelector("td .badge")).getText()).isEqualTo("1.1");
		assertThat(ligne.getText()).contains("Val de Garonne Agglomération").contains("Camille Garonne");
	}

	/**
	 * Annex 3, AO table: Agmé (110 inhabitants) transfers planning to the agglomération,
	 * whose chargée fills the rows of its member communes; the EPCI's row counts who
	 * transferred, never typed.
	 */
	private void laChargeeIndiqueLeTransfertDeLaPlanificationDAgme(long convention) {
		ouvrirLaConvention(convention);
		this.pilote.cliquer(navigateur.findElement(By.linkText("compétences des autorités organisatrices")));
		WebElement agme = this.pilote.attendre(By.id("ligne-47002"));
		assertThat(Pilote.textes(new Select(agme.findElement(By.cssSelector("select[name='planifier']"))).getOptions()))
			.contains("Exercée à titre facultatif", "Transférée à Val de Garonne Agglomération (EPCI)");
		new Select(agme.findElement(By.cssSelector("select[name='planifier']"))).selectByValue("TRANSFEREE_A_L_EPCI");
		this.pilote.soumettreEtAttendre(agme.findElement(By.xpath(".//button[normalize-space()='Enregistrer']")));
		this.pilote.attendre(By.cssSelector("main .alert-success"));
		assertThat(new Select(
				this.pilote.attendre(By.id("ligne-47002")).findElement(By.cssSelector("select[name='planifier']")))
			.getFirstSelectedOption()
			.getText()).isEqualTo("Transférée à Val de Garonne Agglomération (EPCI)");
		assertThat(this.pilote.attendre(By.id("ligne-200030674")).getText()).contains("Transférée par 1 des")
			.contains("110");
		this.pilote.capture("annexe-competences");
		// Marmande, above 3 500 inhabitants, is not offered "à titre facultatif"
		assertThat(Pilote
			.textes(new Select(navigateur.findElement(By.cssSelector("#ligne-47157 select[name='planifier']")))
				.getOptions()))
			.doesNotContain("Exercée à titre facultatif");
	}

	/**
	 * Annex 3, projections: the agglomération now plans for Agmé; a value typed as "1.7%"
	 * is refused next to its cell, then the table is saved and charted.
	 */
	private void laChargeeRemplitLaProjectionDeSonEpci(long convention) {
		ouvrirLaConvention(convention);
		this.pilote.cliquer(navigateur.findElement(By.linkText("projections petite enfance")));
		WebElement carte = this.pilote.attendre(By.id("ao-200030674"));
		assertThat(navigateur.findElements(By.cssSelector("#ao-47157 input[id$='-EAJE_PSU-actuel']")))
			.as("Marmande's table is not hers")
			.isEmpty();
		this.pilote.saisir(carte.findElement(By.cssSelector("input[id$='-EAJE_PSU-actuel']")), "40");
		this.pilote.saisir(carte.findElement(By.cssSelector("input[id$='-EAJE_PSU-2027']")), "52");
		this.pilote.saisir(carte.findElement(By.cssSelector("input[id$='-RPE-actuel']")), "1.7%");
		this.pilote
			.soumettreEtAttendre(carte.findElement(By.xpath(".//button[normalize-space()='Enregistrer ce tableau']")));
		WebElement erreur = this.pilote.attendre(By.cssSelector("#ao-200030674 [id$='-RPE-actuel-erreur']"));
		assertThat(erreur.getText()).isNotBlank();
		carte = navigateur.findElement(By.id("ao-200030674"));
		assertThat(carte.findElement(By.cssSelector("input[id$='-EAJE_PSU-actuel']")).getAttribute("value"))
			.isEqualTo("40");
		this.pilote.saisir(carte.findElement(By.cssSelector("input[id$='-RPE-actuel']")), "1,5");
		this.pilote
			.soumettreEtAttendre(carte.findElement(By.xpath(".//button[normalize-space()='Enregistrer ce tableau']")));
		this.pilote.attendre(By.cssSelector("main .alert-success"));
		carte = this.pilote.attendre(By.id("ao-200030674"));
		assertThat(carte.findElement(By.cssSelector("input[id$='-EAJE_PSU-2027']")).getAttribute("value"))
			.isEqualTo("52");
		assertThat(carte.findElements(By.cssSelector("svg rect"))).as("le graphique des places").isNotEmpty();
		this.pilote.capture("annexe-projections");
	}

	/**
	 * The check report, reached from the convention page, holds the AO table's findings:
	 * Marmande, above 10 000 inhabitants, has no relais petite enfance in annex 2.
	 */
	private void leConseillerVoitLesAvertissementsDuTableauDesAo(long convention) {
		ouvrirLaConvention(convention);
		WebElement verification = this.pilote.attendre(By.id("verification"));
		assertThat(verification.getText()).contains("Vérification").contains("avertissements");
		this.pilote.cliquer(verification.findElement(By.linkText("Voir le rapport de vérification complet")));
		WebElement rpe = this.pilote.attendre(
				By.xpath("//main//a[contains(., 'La commune de Marmande') and contains(., 'relais petite enfance')]"));
		this.pilote.cliquer(rpe);
		this.pilote.attendre(By.id("ligne-47157"));
		assertThat(navigateur.getCurrentUrl()).contains("/annexes/competences#ligne-47157");
	}

	/** Annex 1: the Caf's text of section I and one key figure with its source. */
	private void leConseillerEcritLeDiagnostic(long convention) {
		ouvrirLaConvention(convention);
		this.pilote.cliquer(navigateur.findElement(By.linkText("sections et chiffres clés")));
		WebElement section = this.pilote.attendre(By.id("section-i"));
		this.pilote.cliquer(section.findElement(By.linkText("Rédiger le texte de la Caf")));

		this.pilote.saisirTexteRiche("texte",
				"Le territoire de Val de Garonne s'étire le long de la Garonne, autour de Marmande.");
		this.pilote.saisir(this.pilote.attendre(By.id("chiffres[0].libelle")),
				"Familles monoparentales parmi les familles allocataires");
		this.pilote.saisir(navigateur.findElement(By.id("chiffres[0].valeur")), "18,4");
		this.pilote.saisir(navigateur.findElement(By.id("chiffres[0].unite")), "%");
		this.pilote.saisir(navigateur.findElement(By.id("chiffres[0].source")), "Caf de Lot-et-Garonne");
		this.pilote.saisir(navigateur.findElement(By.id("chiffres[0].annee")), "2024");
		this.pilote.soumettreEtAttendre(this.pilote.bouton("Enregistrer"));

		assertThat(this.pilote.succes()).isEqualTo("Texte de la Caf enregistré (I. Présentation du territoire).");
		assertThat(navigateur.findElement(By.id("section-i")).getText())
			.contains("Le territoire de Val de Garonne s'étire le long de la Garonne, autour de Marmande.")
			.contains("Familles monoparentales parmi les familles allocataires")
			.contains("18,4")
			.contains("Caf de Lot-et-Garonne");
	}

	/** Annex 4: two members of the copil for the EPCI and how often it meets. */
	private void leConseillerOrganiseLePilotage(long convention) {
		ouvrirLaConvention(convention);
		this.pilote.cliquer(navigateur.findElement(By.linkText("instances et chargés de coopération")));
		this.pilote.cliquer(this.pilote.attendre(By.xpath(
				"//a[starts-with(@aria-label,'Désigner les membres') and contains(@aria-label,'Val de Garonne Agglomération')]")));
		new Select(this.pilote.attendre(By.id("membres[0].civilite"))).selectByValue("MONSIEUR");
		this.pilote.saisir(navigateur.findElement(By.id("membres[0].nom")), "Jacques Bilirit");
		this.pilote.saisir(navigateur.findElement(By.id("membres[0].fonction")), "Président");
		new Select(navigateur.findElement(By.id("membres[1].civilite"))).selectByValue("MADAME");
		this.pilote.saisir(navigateur.findElement(By.id("membres[1].nom")), "Hélène Laffargue");
		this.pilote.saisir(navigateur.findElement(By.id("membres[1].fonction")),
				"Vice-présidente chargée de la petite enfance");
		this.pilote.soumettreEtAttendre(navigateur.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(this.pilote.succes()).startsWith("Membres du comité de pilotage enregistrés pour :")
			.contains("Val de Garonne Agglomération");
		assertThat(navigateur.findElement(By.id("copil")).getText()).contains("M. Jacques Bilirit")
			.contains("Mme Hélène Laffargue")
			.contains("Vice-présidente chargée de la petite enfance");

		this.pilote.cliquer(navigateur.findElement(By.partialLinkText("Modifier les fréquences")));
		new Select(this.pilote.attendre(By.id("comitePilotage.frequence"))).selectByValue("SEMESTRIELLE");
		this.pilote.soumettreEtAttendre(navigateur.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(this.pilote.succes()).isEqualTo("Annexe de pilotage enregistrée.");
		assertThat(navigateur.findElement(By.id("copil")).getText()).contains("Semestrielle (deux fois par an)");
	}

	/** Annex 5: the signed deliberation of the EPCI, with its date. */
	private void leConseillerDeposeLaDeliberationDeLEpci(long convention) throws IOException {
		ouvrirLaConvention(convention);
		this.pilote.cliquer(navigateur.findElement(By.cssSelector("a[aria-label='Modifier " + VGA + "']")));
		WebElement bloc = this.pilote.attendre(By.id("deliberation"));
		Path pdf = this.dossier.resolve("deliberation-vga-2025-57.pdf");
		Files.write(pdf, pdfDeDeuxPages("Deliberation n 2025-57 du conseil communautaire de Val de Garonne"));
		bloc.findElement(By.id("fichier")).sendKeys(pdf.toAbsolutePath().toString());
		// a date field's keystrokes follow the browser's locale: set its value as the
		// date picker would
		navigateur.executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				bloc.findElement(By.id("dateDeliberation")), "2025-06-26");
		this.pilote.soumettreEtAttendre(bloc.findElement(By.cssSelector("form button[type=submit]")));

		bloc = this.pilote.attendre(By.id("deliberation"));
		assertThat(bloc.findElements(By.cssSelector(".alert-danger"))).isEmpty();
		assertThat(bloc.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("Délibération déposée (2 pages) ; son visa porte désormais sa date.");
		assertThat(bloc.getText()).contains("deliberation-vga-2025-57.pdf").contains("2 page(s)");
	}

	/** The convention's PDF, downloaded with the conseiller's session. */
	private void lePdfPorteLesAnnexes(long convention) throws Exception {
		ouvrirLaConvention(convention);
		String lien = navigateur.findElement(By.linkText("Télécharger le PDF")).getAttribute("href");
		Cookie session = navigateur.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> reponse = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(lien))
				.header("Cookie", "JSESSIONID=" + session.getValue())
				.timeout(Duration.ofMinutes(2))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(reponse.statusCode()).isEqualTo(200);
		assertThat(reponse.headers().firstValue("Content-Type")).hasValue("application/pdf");

		try (PDDocument document = Loader.loadPDF(reponse.body())) {
			List<String> pages = pages(document);
			String tout = String.join(" ", pages);

			// annex 1
			assertThat(tout)
				.contains("Le territoire de Val de Garonne s'étire le long de la Garonne, autour de Marmande.");
			assertSuite(tout, "Familles monoparentales parmi les familles allocataires", "18,4", "%",
					"Caf de Lot-et-Garonne", "2024");
			// annex 2, read from the Windows-1252 file
			assertSuite(tout, "EAJE PSU", "Multi-accueil Les Écureuils", "Val de Garonne Agglomération",
					"2 rue de la Prairie", "Marmande", "24 places");
			assertSuite(tout, "Relais petite enfance (RPE)", "Relais petite enfance Val de Garonne",
					"Val de Garonne Agglomération", "Place du Marché", "Le Mas-d'Agenais", "1,50 ETP");
			// annex 3
			assertSuite(tout, "Action 1.1 – Créer un relais petite enfance itinérant", "Pilote",
					"La communauté d'agglomération « Val de Garonne Agglomération »", "Chargé·e de coopération",
					"Camille Garonne", "Indicateurs d'évaluation", "Nombre de familles reçues par le relais itinérant");
			// annex 3: the AO table and the projection, on landscape pages
			int tableauAo = premierePage(pages, "Tableau récapitulatif des compétences", "Agmé");
			assertThat(tableauAo).as("page du tableau des AO").isPositive();
			assertThat(paysage(document, tableauAo)).as("tableau des AO en paysage").isTrue();
			assertThat(tout).contains("Transférée par la commune à l'EPCI");
			int projection = premierePage(pages, "EAJE PSU", "52");
			assertThat(projection).as("page du tableau de projection").isPositive();
			assertThat(paysage(document, projection)).as("projection en paysage").isTrue();
			assertSuite(tout, "EAJE PSU", "places", "40");
			// annex 4
			assertThat(tout).contains("Fréquence des réunions : deux fois par an.");
			assertSuite(tout, "Val de Garonne Agglomération »", "M. Jacques Bilirit", "Président");
			assertSuite(tout, "Val de Garonne Agglomération »", "Mme Hélène Laffargue",
					"Vice-présidente chargée de la petite enfance");
			// annex 5 and the visa of the deliberation
			assertSuite(tout, "Vu la délibération du conseil communautaire de la communauté d'agglomération",
					"« Val de Garonne Agglomération »",
					"en date du 26 juin 2025 figurant en annexe 5 de la présente convention ;");
			int annexe5 = premierePage(pages, "Délibérations des signataires", "Pièces jointes ci-après");
			int premiere = premierePage(pages,
					"Deliberation n 2025-57 du conseil communautaire de Val de Garonne — page 1");
			assertThat(annexe5).as("page du titre de l'annexe 5").isPositive();
			assertThat(premiere).as("première page de la délibération, après le titre de l'annexe 5")
				.isGreaterThan(annexe5);
			assertThat(
					premierePage(pages, "Deliberation n 2025-57 du conseil communautaire de Val de Garonne — page 2"))
				.isEqualTo(premiere + 1);
		}
	}

	// --- navigation

	/** From the list of conventions, as a user opens one. */
	private void ouvrirLaConvention(long convention) {
		navigateur.get(this.pilote.url("/conventions"));
		this.pilote.cliquer(this.pilote.attendre(By.cssSelector("main a[href='/conventions/" + convention + "']")));
		this.pilote.attendre(By.id("annexes"));
	}

	/** The block of one collectivité's list on the annex 2 page. */
	private static By liste(String collectivite) {
		return By.xpath("//div[starts-with(@id,'liste-')][.//h2/span[normalize-space()=\"" + collectivite + "\"]]");
	}

	private void importer(WebElement liste, Path fichier) {
		liste.findElement(By.cssSelector("input[type=file]")).sendKeys(fichier.toAbsolutePath().toString());
		this.pilote.soumettreEtAttendre(
				liste.findElement(By.xpath(".//form[contains(@action,'/import')]//button[@type='submit']")));
	}

	// --- fixtures

	/** A CSV file as Excel writes it on a French Windows: Windows-1252, CRLF. */
	private Path csv(String nom, String... lignes) throws IOException {
		Path fichier = this.dossier.resolve(nom);
		byte[] octets = (String.join("\r\n", lignes) + "\r\n").getBytes(WINDOWS_1252);
		assertThat(new String(octets, StandardCharsets.UTF_8)).as("des octets qui ne sont pas de l'UTF-8")
			.contains("\uFFFD");
		Files.write(fichier, octets);
		return fichier;
	}

	private static byte[] pdfDeDeuxPages(String texte) {
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, sortie);
		document.open();
		document.add(new Paragraph(texte + " — page 1"));
		document.newPage();
		document.add(new Paragraph(texte + " — page 2"));
		document.close();
		return sortie.toByteArray();
	}

	// --- reading the PDF

	/** Text of each page, every run of white space (U+00A0 and U+202F too) one space. */
	private static List<String> pages(PDDocument document) throws IOException {
		PDFTextStripper lecteur = new PDFTextStripper();
		List<String> pages = new ArrayList<>();
		for (int page = 1; page <= document.getNumberOfPages(); page++) {
			lecteur.setStartPage(page);
			lecteur.setEndPage(page);
			pages.add(lecteur.getText(document).replaceAll("-\\R", "-").replaceAll("[\\s\\u202F\\u00A0]+", " "));
		}
		return pages;
	}

	private static boolean paysage(PDDocument document, int page) {
		org.apache.pdfbox.pdmodel.common.PDRectangle format = document.getPage(page - 1).getMediaBox();
		return format.getWidth() > format.getHeight();
	}

	/** 1-based number of the first page holding all these texts, or -1. */
	private static int premierePage(List<String> pages, String... textes) {
		for (int i = 0; i < pages.size(); i++) {
			String page = pages.get(i);
			if (Stream.of(textes).allMatch(page::contains)) {
				return i + 1;
			}
		}
		return -1;
	}

	/**
	 * The texts in this order, separated by at most some white space (table cells
	 * extracted one after the other, a non-breaking space that did not survive).
	 */
	private static void assertSuite(String texte, String... morceaux) {
		String motif = Stream.of(morceaux).map(Pattern::quote).collect(Collectors.joining("\\s*"));
		int debut = texte.indexOf(morceaux[0]);
		assertThat(Pattern.compile(motif).matcher(texte).find())
			.as("« %s » dans le PDF ; autour du premier : « %s »", String.join(" ", morceaux),
					(debut < 0) ? "absent" : texte.substring(debut, Math.min(texte.length(), debut + 400)))
			.isTrue();
	}

}
