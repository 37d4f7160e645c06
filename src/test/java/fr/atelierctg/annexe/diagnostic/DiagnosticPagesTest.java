package fr.atelierctg.annexe.diagnostic;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Annex 1 through the pages: the Caf's text and the collectivités' contributions saved
 * all or nothing, validation next to the fields, sanitized text, who may write what, the
 * population table and the PDF.
 */
@IntegrationTest
class DiagnosticPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionApi conventions;

	@Autowired
	DiagnosticApi diagnostic;

	@Autowired
	AnnexeDiagnostic annexe;

	CafVue caf;

	UtilisateurConnecte conseiller;

	UtilisateurConnecte chargeeVga;

	long convention;

	long epci;

	long agme;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.chargeeVga = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		this.epci = this.scenario.epci(this.caf, this.convention);
		this.agme = this.scenario.commune(this.caf, this.convention, "47002");
	}

	private String url() {
		return "/conventions/" + this.convention + "/annexes/diagnostic";
	}

	private String texteCaf(String code) {
		return url() + "/sections/" + code;
	}

	private String contribution(String code, long signataireId) {
		return url() + "/sections/" + code + "/contributions/" + signataireId;
	}

	private static MockHttpServletRequestBuilder chiffre(MockHttpServletRequestBuilder requete, int ligne,
			String libelle, String valeur, String unite, String source, String annee) {
		String prefixe = "chiffres[" + ligne + "].";
		return requete.param(prefixe + "libelle", libelle)
			.param(prefixe + "valeur", valeur)
			.param(prefixe + "unite", unite)
			.param(prefixe + "source", source)
			.param(prefixe + "annee", annee);
	}

	private SectionLue section(SectionDiagnostic section) {
		return Comptes.en(this.conseiller, () -> this.diagnostic.section(this.convention, section));
	}

	@Test
	void enregistreLeTexteDeLaCafEtSesChiffresPuisLesAffiche() throws Exception {
		this.mvc
			.perform(chiffre(
					post(texteCaf("ii-a")).param("texte", "<p>Une population <strong>jeune</strong>.</p>")
						.param("version", "-1"),
					0, "Nombre d'habitants", "62 194", "habitants", "INSEE, RP 2021", "2021")
				.param("chiffres[1].libelle", "")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(url() + "#section-ii-a"))
			.andExpect(flash().attribute("succes", "Texte de la Caf enregistré (II. a. Population générale)."));
		TexteLu caf = section(SectionDiagnostic.POPULATION_GENERALE).caf();
		assertThat(caf.texte()).isEqualTo("<p>Une population <strong>jeune</strong>.</p>");
		assertThat(caf.chiffres()).singleElement().satisfies((c) -> {
			assertThat(c.valeur()).isEqualByComparingTo("62194");
			assertThat(c.source()).isEqualTo("INSEE, RP 2021");
			assertThat(c.annee()).isEqualTo(2021);
		});
		this.mvc.perform(get(url()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Une population <strong>jeune</strong>.")))
			.andExpect(content().string(containsString("62\u202F194\u00A0habitants")))
			.andExpect(content().string(containsString("Modifier le texte de la Caf")))
			.andExpect(content().string(containsString("Ajouter la contribution de")));
		this.mvc.perform(get(texteCaf("ii-a")).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"62194\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
	}

	@Test
	void signaleChaqueErreurASonChampEtNEnregistreRien() throws Exception {
		this.mvc.perform(
				post(texteCaf("ii-a")).param("texte", "<p>Premier texte.</p>").with(user(this.conseiller)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		MockHttpServletRequestBuilder requete = post(texteCaf("ii-a")).param("texte", "<p>Texte modifié.</p>")
			.param("version", "0");
		requete = chiffre(requete, 0, "Évolution annuelle", "-0,3", "%", "INSEE", "2021");
		requete = chiffre(requete, 1, "", "1 234,5", "", "Caf", "1989");
		this.mvc.perform(requete.with(user(this.conseiller)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rien n'a été enregistré")))
			.andExpect(content().string(containsString("Indiquez ce que mesure le chiffre")))
			.andExpect(content().string(containsString("id=\"chiffres[1].annee-erreur\"")))
			.andExpect(content().string(containsString("Indiquez l&#39;année sur 4 chiffres, de 1990 à")))
			.andExpect(content().string(not(containsString("id=\"chiffres[0].valeur-erreur\""))))
			.andExpect(content().string(containsString("value=\"1 234,5\"")));
		assertThat(section(SectionDiagnostic.POPULATION_GENERALE).caf().texte()).isEqualTo("<p>Premier texte.</p>");
	}

	@Test
	void refuseDEcraserUnTexteModifieEntreTemps() throws Exception {
		this.mvc
			.perform(post(texteCaf("iii-b")).param("texte", "<p>Version de Claire</p>")
				.param("version", "-1")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(texteCaf("iii-b")).param("texte", "<p>Version de Damien</p>")
				.param("version", "-1")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("modifié par quelqu&#39;un d&#39;autre")));
		assertThat(section(SectionDiagnostic.PARENTALITE).caf().texte()).isEqualTo("<p>Version de Claire</p>");
	}

	@Test
	void ajouteEtRetireDesLignesSansRienEnregistrer() throws Exception {
		this.mvc
			.perform(chiffre(post(texteCaf("i")).param("texte", "<p>Brouillon</p>").param("ajouterLigne", "1"), 0,
					"Superficie", "652", "km²", "IGN", "2024")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"chiffres[1].libelle\"")))
			.andExpect(content().string(containsString("value=\"Superficie\"")));
		this.mvc
			.perform(chiffre(post(texteCaf("i")).param("retirerLigne", "0"), 0, "Superficie", "652", "km²", "IGN",
					"2024")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"Superficie\""))));
		assertThat(section(SectionDiagnostic.PRESENTATION_TERRITOIRE).caf().estVide()).isTrue();
	}

	@Test
	void leTexteEstNettoyeEtLesExpressionsRestentDuTexte() throws Exception {
		this.mvc
			.perform(post(texteCaf("iii-a"))
				.param("texte",
						"<p>Offre {{periode}} [[${7*7}]]</p><script>alert('x')</script><p onclick=\"x()\">Fin</p>")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String texte = section(SectionDiagnostic.PETITE_ENFANCE).caf().texte();
		assertThat(texte).doesNotContain("<script", "alert", "onclick").contains("{{periode}}", "Fin");
		this.mvc.perform(get(url()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("alert('x')"))))
			.andExpect(content().string(containsString("{{periode}}")))
			.andExpect(content().string(not(containsString("Offre 49"))));
		String pdf = texteDuPdf();
		assertThat(pdf).contains("Offre {{periode}} [[${7*7}]]").doesNotContain("alert(", "Offre 49");
	}

	@Test
	void laChargeeEcritLaContributionDeSaCollectiviteEtRienDAutre() throws Exception {
		this.mvc.perform(get(url()).with(user(this.chargeeVga)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Modifier le texte de la Caf"))))
			.andExpect(content().string(not(containsString("Rédiger le texte de la Caf"))))
			.andExpect(content().string(containsString("Rédiger la contribution de CA Val de Garonne Agglomération")));
		this.mvc
			.perform(chiffre(post(contribution("iii-a", this.epci)).param("texte", "<p>Trois crèches.</p>"), 0,
					"Places en EAJE", "120", "places", "Caf, SIAS", "2024")
				.with(user(this.chargeeVga))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(section(SectionDiagnostic.PETITE_ENFANCE).contributions()).singleElement().satisfies((c) -> {
			assertThat(c.signataireId()).isEqualTo(this.epci);
			assertThat(c.titre())
				.isEqualTo("Contribution de la communauté d'agglomération « Val de Garonne Agglomération »");
		});

		this.mvc
			.perform(get(url() + "/sections/iii-a/contributions").param("signataire", String.valueOf(this.epci))
				.with(user(this.chargeeVga)))
			.andExpect(redirectedUrl(contribution("iii-a", this.epci)));
		this.mvc.perform(get(contribution("iii-a", this.epci)).with(user(this.chargeeVga)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trois crèches.")));
		this.mvc.perform(get(contribution("iii-a", this.agme)).with(user(this.chargeeVga)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(texteCaf("iii-a")).with(user(this.chargeeVga))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(texteCaf("iii-a")).param("texte", "<p>Pirate</p>").with(user(this.chargeeVga)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(contribution("iii-a", this.agme)).param("texte", "<p>Pirate</p>")
				.with(user(this.chargeeVga))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(contribution("iii-a", this.epci)).param("texte", "<p>Lecture</p>")
				.with(user(Comptes.utilisateur(this.caf.id(), Role.LECTEUR)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		SectionLue section = section(SectionDiagnostic.PETITE_ENFANCE);
		assertThat(section.caf().estVide()).isTrue();
		assertThat(section.contributions()).extracting(TexteLu::texte).containsExactly("<p>Trois crèches.</p>");
	}

	@Test
	void uneAutreCafEtUneSectionInconnueRepondent404() throws Exception {
		UtilisateurConnecte autre = Comptes.utilisateur(this.scenario.caf("31").id(), Role.CONSEILLER);
		this.mvc.perform(get(url()).with(user(autre))).andExpect(status().isNotFound());
		this.mvc.perform(post(texteCaf("i")).param("texte", "<p>x</p>").with(user(autre)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(texteCaf("iv-z")).with(user(this.conseiller))).andExpect(status().isNotFound());
		long cafSignataire = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention))
			.caf()
			.orElseThrow()
			.id();
		this.mvc.perform(get(contribution("i", cafSignataire)).with(user(this.conseiller)))
			.andExpect(status().isNotFound());
	}

	@Test
	void lesPopulationsViennentDuReferentielAvecSourceEtAnnee() throws Exception {
		List<PopulationSignataire> populations = Comptes.en(this.conseiller,
				() -> this.diagnostic.populations(this.convention));
		assertThat(populations).extracting(PopulationSignataire::collectivite, PopulationSignataire::population)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CA Val de Garonne Agglomération", 62194),
					org.assertj.core.groups.Tuple.tuple("Agmé", 110),
					org.assertj.core.groups.Tuple.tuple("Le Mas-d'Agenais", 1522),
					org.assertj.core.groups.Tuple.tuple("Marmande", 17849));
		assertThat(populations).allSatisfy((p) -> {
			assertThat(p.source()).startsWith("Etalab, @etalab/decoupage-administratif");
			assertThat(p.annee()).isEqualTo(2026);
		});
		this.mvc.perform(get(url()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Population des signataires")))
			.andExpect(content().string(containsString("17\u202F849")));
	}

	@Test
	void lePdfImprimeLesSectionsLesChiffresLesContributionsEtLesPopulations() throws Exception {
		assertThat(Comptes.en(this.conseiller, () -> this.annexe.renseignee(this.conventions.lire(this.convention))))
			.isFalse();
		this.mvc
			.perform(chiffre(post(texteCaf("ii-b")).param("texte", "<p>Les allocataires du territoire.</p>"), 0,
					"Foyers allocataires", "14 502", "foyers", "Caf de Lot-et-Garonne", "2024")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(contribution("ii-b", this.agme)).param("texte", "<p>Agmé compte peu de familles.</p>")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(Comptes.en(this.conseiller, () -> this.annexe.renseignee(this.conventions.lire(this.convention))))
			.isTrue();

		String pdf = texteDuPdf();
		assertThat(pdf)
			.contains("I. Présentation du territoire", "II. Données socio-démographiques sur le territoire",
					"a. Population générale", "III. Analyses par thématique",
					"g. Insertion, autonomie et inclusion handicap")
			.contains("Population des signataires", "Marmande 17 849 Etalab, @etalab/decoupage-administratif")
			.contains("b. Population allocataires Les allocataires du territoire.")
			.contains("Foyers allocataires 14 502 foyers Caf de Lot-et-Garonne 2024")
			.contains("Contribution de la commune d'Agmé Agmé compte peu de familles.");
		assertThat(pdf.indexOf("Les allocataires du territoire."))
			.isLessThan(pdf.indexOf("Contribution de la commune d'Agmé"));
	}

	private String texteDuPdf() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/conventions/" + this.convention + "/document.pdf").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document)
				.replaceAll("-\\R", "-")
				.replaceAll("[\\s\\u202F\\u00A0]+", " ");
		}
	}

}
