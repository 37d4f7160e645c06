package fr.atelierctg.annexe.projections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.document.DocumentApi;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The projections page, its REST API and the tables in the PDF. */
@IntegrationTest
@Import(AutoritesDeTest.class)
class ProjectionsPagesTest {

	static final String MARMANDE = "47157";

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionApi conventions;

	@Autowired
	ProjectionsApi projections;

	@Autowired
	DocumentApi documents;

	CafVue caf;

	UtilisateurConnecte conseiller;

	UtilisateurConnecte charge;

	long convention;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.charge = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
	}

	private String page() {
		return "/conventions/" + this.convention + "/annexes/projections";
	}

	private String api() {
		return "/api/conventions/" + this.convention + "/annexes/projections";
	}

	private String sirenEpci() {
		return Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention))
			.collectivites()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.EPCI)
			.findFirst()
			.orElseThrow()
			.identite()
			.siren();
	}

	private TableauLu marmande() {
		return Comptes.en(this.conseiller, () -> this.projections.lire(this.convention))
			.autorites()
			.get(2)
			.tableaux()
			.get(0);
	}

	@Test
	void laPageMontreUneGrilleParAoAvecLesAnneesDeLaConvention() throws Exception {
		this.mvc.perform(get(page()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Projections de l'offre d'accueil du jeune enfant")))
			.andExpect(content().string(containsString("CA Val de Garonne Agglomération")))
			.andExpect(content().string(containsString(">Actuel</th>")))
			.andExpect(content().string(containsString(">2029</th>")))
			.andExpect(content().string(containsString("name=\"valeurs[RPE][2027]\"")))
			.andExpect(content().string(containsString("Ajouter la zone")))
			.andExpect(content().string(not(containsString("class=\"graphique-places\""))));
	}

	@Test
	void leFormulaireEnregistreEtLeGraphiqueMontreLesPlaces() throws Exception {
		this.mvc
			.perform(post(page() + "/" + MARMANDE).with(user(this.conseiller))
				.with(csrf())
				.param("zone", "")
				.param("version", "0")
				.param("valeurs[EAJE_PSU][actuel]", "40")
				.param("valeurs[EAJE_PSU][2027]", "52")
				.param("valeurs[MAM][2027]", "8")
				.param("valeurs[RPE][actuel]", "1,5")
				.param("etpACreer", "2")
				.param("projets[0].type", "CREATION_EAJE")
				.param("projets[0].description", "Multi-accueil du centre")
				.param("projets[0].cout", "1 200 000")
				.param("projets[0].anneeCible", "2027")
				.param("projets[1].type", "")
				.param("projets[1].cout", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page() + "#ao-" + MARMANDE))
			.andExpect(flash().attribute("succes", "Tableau enregistré."));
		assertThat(marmande().projets()).hasSize(1);
		this.mvc.perform(get(page()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"1,5\"")))
			.andExpect(content().string(containsString("class=\"graphique-places\"")))
			.andExpect(content().string(containsString("data-mode=\"EAJE_PSU\" data-colonne=\"2027\"")))
			.andExpect(content().string(containsString("data-mode=\"MAM\" data-colonne=\"2027\"")))
			.andExpect(content().string(containsString("Multi-accueil du centre")));
	}

	@Test
	void leFormulaireFautifEstRenduTelQueSaisiAvecUnMessageParCase() throws Exception {
		this.mvc
			.perform(post(page() + "/" + MARMANDE).with(user(this.conseiller))
				.with(csrf())
				.param("version", "0")
				.param("valeurs[EAJE_PSU][actuel]", "40")
				.param("valeurs[RPE][actuel]", "1.7%")
				.param("valeurs[MAM][2026]", "-2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("n&#39;a pas été enregistré")))
			.andExpect(content().string(containsString("value=\"1.7%\"")))
			.andExpect(content().string(containsString("Indiquez un nombre d&#39;ETP, pas un pourcentage")))
			.andExpect(content().string(containsString("Le nombre de places ne peut pas être négatif.")))
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(marmande().version()).isZero();
		assertThat(marmande().valeurs()).isEmpty();
	}

	@Test
	void lApiSignaleChaqueCaseFautiveEnProblemJson() throws Exception {
		this.mvc
			.perform(put(api() + "/" + MARMANDE).with(user(this.conseiller))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"valeurs": {"EAJE_PSU": {"actuel": 40, "2027": "-1"}, "RPE": {"2026": "1,755"},
						             "MAM": {"2028": "abc"}},
						 "projets": [{"type": "AUTRE", "cout": "10"}]}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.erreurs[*].champ", hasItem("valeurs[EAJE_PSU][2027]")))
			.andExpect(jsonPath("$.erreurs[*].champ", hasItem("valeurs[RPE][2026]")))
			.andExpect(jsonPath("$.erreurs[*].champ", hasItem("valeurs[MAM][2028]")))
			.andExpect(jsonPath("$.erreurs[*].champ", hasItem("projets[0].description")))
			.andExpect(jsonPath("$.erreurs[*].message", hasItem("Deux décimales au plus (par exemple 1,5).")));
		assertThat(marmande().valeurs()).isEmpty();

		this.mvc.perform(put(api() + "/" + MARMANDE).param("zone", "")
			.with(user(this.conseiller))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"valeurs\": {\"EAJE_PSU\": {\"actuel\": 40, \"2027\": \"52\"}, \"RPE\": {\"actuel\": 1.5}}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valeurs.EAJE_PSU.2027").value(52.0))
			.andExpect(jsonPath("$.valeurs.RPE.actuel").value(1.5));
		this.mvc.perform(get(api()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.colonnes[0]").value("actuel"))
			.andExpect(jsonPath("$.colonnes[5]").value("2029"))
			.andExpect(jsonPath("$.autorites[2].code").value(MARMANDE))
			.andExpect(jsonPath("$.autorites[2].tableaux[0].valeurs.EAJE_PSU.actuel").value(40.0));
	}

	@Test
	void unChargeDeCooperationEstRefuseSurUneAutreAoEtAccepteSurLaSienne() throws Exception {
		String corps = "{\"valeurs\": {\"MAM\": {\"2026\": \"12\"}}}";
		this.mvc
			.perform(put(api() + "/" + MARMANDE).with(user(this.charge))
				.contentType(MediaType.APPLICATION_JSON)
				.content(corps))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post(page() + "/" + MARMANDE).with(user(this.charge))
				.with(csrf())
				.param("version", "0")
				.param("valeurs[MAM][2026]", "12"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(page() + "/" + MARMANDE + "/zones").with(user(this.charge)).with(csrf()).param("nom", "QPV"))
			.andExpect(status().isForbidden());
		assertThat(marmande().version()).isZero();

		this.mvc
			.perform(put(api() + "/" + sirenEpci()).with(user(this.charge))
				.contentType(MediaType.APPLICATION_JSON)
				.content(corps))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valeurs.MAM.2026").value(12.0));
		// the page offers the form only where the server accepts it
		String html = this.mvc.perform(get(page()).with(user(this.charge)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.split("Enregistrer ce tableau", -1)).hasSize(2);
		assertThat(html).contains("/annexes/projections/" + sirenEpci() + "\"")
			.doesNotContain("/annexes/projections/" + MARMANDE + "/zones");
	}

	@Test
	void uneConventionDUneAutreCafEstIntrouvable() throws Exception {
		UtilisateurConnecte autre = Comptes.utilisateur(this.scenario.caf("31").id(), Role.CONSEILLER);
		this.mvc.perform(get(page()).with(user(autre))).andExpect(status().isNotFound());
		this.mvc.perform(get(api()).with(user(autre))).andExpect(status().isNotFound());
		this.mvc
			.perform(put(api() + "/" + MARMANDE).with(user(autre))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"valeurs\": {}}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void leDocumentImprimeLesTableauxSurDesPagesPaysage() throws Exception {
		Comptes.en(this.conseiller, () -> {
			this.projections
				.enregistrer(this.convention, MARMANDE, "",
						new SaisieProjection(0L,
								Map.of("EAJE_PSU", Map.of("actuel", "40", "2029", "60"), "RPE",
										Map.of("actuel", "1,5")),
								"1", null, "Auxiliaires de puériculture", "Démarche IDA <script>",
								List.of(new SaisieProjection.Projet("EXTENSION", "Extension du multi-accueil", "250000",
										"2027", true, "AMO à recruter"))));
			this.projections.ajouterZone(this.convention, MARMANDE, "QPV Baylac");
			return null;
		});
		this.mvc.perform(get(page()).with(user(this.conseiller)))
			.andExpect(content().string(containsString("Zone « QPV Baylac »")));
		byte[] pdf = Comptes.en(this.conseiller, () -> this.documents.pdf(this.convention)).contenu();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper texte = new PDFTextStripper();
			List<Integer> pagesDuTableau = new ArrayList<>();
			StringBuilder tout = new StringBuilder();
			for (int n = 1; n <= document.getNumberOfPages(); n++) {
				texte.setStartPage(n);
				texte.setEndPage(n);
				String page = texte.getText(document).replaceAll("[\\s\\u202F\\u00A0]+", " ");
				tout.append(page);
				if (page.contains("Type de mode d'accueil ou dispositif")) {
					pagesDuTableau.add(n);
				}
			}
			assertThat(tout.toString()).contains("Marmande – ensemble du territoire")
				.contains("EAJE PSU places 40 — — — — 60")
				.contains("Relais petite enfance (RPE) ETP 1,50")
				.contains("1,00 ETP")
				.contains("Démarche IDA <script>")
				.contains("Extension du multi-accueil")
				.contains("250 000,00 €")
				.contains("AMO à recruter")
				.contains(
						"Tableau de projection non renseigné pour Agmé, Le Mas-d'Agenais et CA Val de Garonne Agglomération.")
				.doesNotContain("QPV Baylac");
			assertThat(pagesDuTableau).isNotEmpty().allSatisfy((n) -> {
				PDRectangle format = document.getPage(n - 1).getMediaBox();
				assertThat(format.getWidth()).as("page %d en paysage", n).isGreaterThan(format.getHeight());
			});
		}
	}

}
