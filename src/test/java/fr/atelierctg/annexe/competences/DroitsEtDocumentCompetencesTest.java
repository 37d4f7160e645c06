package fr.atelierctg.annexe.competences;

import java.io.IOException;
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
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.document.DocumentApi;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static fr.atelierctg.annexe.competences.Exercice.EXERCEE_PAR_LA_COMMUNE;
import static fr.atelierctg.annexe.competences.Exercice.NON_EXERCEE;
import static fr.atelierctg.annexe.competences.Exercice.TRANSFEREE_A_L_EPCI;
import static fr.atelierctg.annexe.competences.TableauDeTest.AGME;
import static fr.atelierctg.annexe.competences.TableauDeTest.LE_MAS;
import static fr.atelierctg.annexe.competences.TableauDeTest.MARMANDE;
import static fr.atelierctg.annexe.competences.TableauDeTest.TONNEINS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may change which rows (page and API), other Caf, and the table in the PDF. */
@IntegrationTest
class DroitsEtDocumentCompetencesTest {

	private static final Map<String, Object> EXERCEES = Map.of("recenser", "EXERCEE_PAR_LA_COMMUNE", "informer",
			"EXERCEE_PAR_LA_COMMUNE", "planifier", "TRANSFEREE_A_L_EPCI", "soutenir", "TRANSFEREE_A_L_EPCI");

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionApi conventions;

	@Autowired
	EditionCompetences edition;

	@Autowired
	CompetencesApi api;

	@Autowired
	DocumentApi documents;

	TableauDeTest t;

	UtilisateurConnecte chargeVga;

	@BeforeEach
	void preparer() {
		this.t = new TableauDeTest(this.scenario, this.conventions, this.edition, this.api);
		this.chargeVga = Comptes.utilisateur(this.t.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
	}

	@Test
	void unChargeDeCooperationNeModifiePasLaLigneDUneAutrePartie() throws Exception {
		// the chargé(e) of Marmande, a commune: Agmé's row is not theirs
		UtilisateurConnecte chargeMarmande = Comptes.utilisateur(this.t.caf.id(), Role.CHARGE_COOPERATION, "214701575");
		long agme = this.t.id(AGME);
		this.mvc.perform(TableauDeTest.putJson(this.t.api() + "/lignes/" + agme, EXERCEES).with(user(chargeMarmande)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post(this.t.page() + "/lignes/" + agme).with(user(chargeMarmande))
				.with(csrf())
				.param("recenser", "EXERCEE_PAR_LA_COMMUNE")
				.param("informer", "EXERCEE_PAR_LA_COMMUNE")
				.param("planifier", "TRANSFEREE_A_L_EPCI")
				.param("soutenir", "TRANSFEREE_A_L_EPCI"))
			.andExpect(status().isForbidden());
		// a form the page could not read is refused for rights first, not reported as
		// errors
		this.mvc
			.perform(post(this.t.page() + "/lignes/" + agme).with(user(chargeMarmande))
				.with(csrf())
				.param("population", "beaucoup"))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(this.t.api() + "/lignes/" + agme).with(user(chargeMarmande)))
			.andExpect(status().isForbidden());
		assertThat(this.t.ligne(AGME).exercice(Competence.PLANIFIER)).isEqualTo(NON_EXERCEE);
		// the page shows the row without controls
		String page = this.mvc.perform(get(this.t.page()).with(user(chargeMarmande)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("planifier-" + agme).contains("planifier-" + this.t.id(MARMANDE));
	}

	@Test
	void leChargeDeLEpciModifieAussiLesLignesDeSesCommunesMembresQuiSignent() throws Exception {
		this.mvc
			.perform(TableauDeTest.putJson(this.t.api() + "/lignes/" + this.t.id(MARMANDE), EXERCEES)
				.with(user(this.chargeVga)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.exercices.PLANIFIER").value("TRANSFEREE_A_L_EPCI"));
	}

	@Test
	void unChargeDeCooperationModifieLesLignesDeSaPartie() throws Exception {
		this.mvc
			.perform(post(this.t.page() + "/epci/" + this.t.epci + "/membres").with(user(this.chargeVga)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long tonneins = this.t.id(TONNEINS);
		this.mvc
			.perform(TableauDeTest.putJson(this.t.api() + "/lignes/" + tonneins, EXERCEES).with(user(this.chargeVga)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.exercices.PLANIFIER").value("TRANSFEREE_A_L_EPCI"));
		this.mvc
			.perform(post(this.t.page() + "/lignes/" + tonneins).with(user(this.chargeVga))
				.with(csrf())
				.param("recenser", "EXERCEE_PAR_LA_COMMUNE")
				.param("informer", "TRANSFEREE_A_L_EPCI")
				.param("planifier", "TRANSFEREE_A_L_EPCI")
				.param("soutenir", "TRANSFEREE_A_L_EPCI"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.t.ligne(TONNEINS).exercice(Competence.INFORMER_ACCOMPAGNER)).isEqualTo(TRANSFEREE_A_L_EPCI);
		this.mvc.perform(delete(this.t.api() + "/lignes/" + tonneins).with(user(this.chargeVga)))
			.andExpect(status().isNoContent());
		// a reader sees the table but changes nothing
		this.mvc
			.perform(TableauDeTest.putJson(this.t.api() + "/lignes/" + this.t.id(AGME), EXERCEES)
				.with(user(Comptes.utilisateur(this.t.caf.id(), Role.LECTEUR))))
			.andExpect(status().isForbidden());
	}

	@Test
	void uneAutreCafNeVoitNiNeModifieLeTableau() throws Exception {
		UtilisateurConnecte autre = Comptes.utilisateur(this.scenario.caf("31").id(), Role.CONSEILLER);
		this.mvc.perform(get(this.t.page()).with(user(autre))).andExpect(status().isNotFound());
		this.mvc.perform(get(this.t.api()).with(user(autre))).andExpect(status().isNotFound());
		this.mvc.perform(TableauDeTest.putJson(this.t.api() + "/lignes/" + this.t.id(AGME), EXERCEES).with(user(autre)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		// a row id under another convention of the same Caf
		long autreConvention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.t.caf);
		this.mvc.perform(TableauDeTest
			.putJson("/api/conventions/" + autreConvention + "/annexes/competences/lignes/" + this.t.id(AGME), EXERCEES)
			.with(user(this.t.conseiller))).andExpect(status().isNotFound());
	}

	@Test
	void afficheLeRapportEnTeteAvecUnLienVersChaqueLigne() throws Exception {
		this.t.exercer(AGME, NON_EXERCEE, EXERCEE_PAR_LA_COMMUNE, NON_EXERCEE, NON_EXERCEE);
		this.mvc.perform(get(this.t.page()).with(user(this.t.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vérification du tableau : 1 erreur, ")))
			.andExpect(content().string(containsString("href=\"#ligne-47002\"")))
			.andExpect(content().string(containsString("id=\"ligne-47002\"")));
	}

	@Test
	void imprimeLeTableauSurDesPagesPaysageDansLAnnexe3() throws IOException {
		this.t.exercer(AGME, EXERCEE_PAR_LA_COMMUNE, EXERCEE_PAR_LA_COMMUNE, TRANSFEREE_A_L_EPCI, NON_EXERCEE);
		this.t.exercer(LE_MAS, EXERCEE_PAR_LA_COMMUNE, EXERCEE_PAR_LA_COMMUNE, TRANSFEREE_A_L_EPCI, NON_EXERCEE);
		byte[] pdf = Comptes.en(this.t.conseiller, () -> this.documents.pdf(this.t.convention)).contenu();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<Integer> pages = new ArrayList<>();
			StringBuilder texte = new StringBuilder();
			PDFTextStripper lecteur = new PDFTextStripper();
			for (int n = 1; n <= document.getNumberOfPages(); n++) {
				lecteur.setStartPage(n);
				lecteur.setEndPage(n);
				String page = normaliser(lecteur.getText(document));
				if (page.contains("Recenser les besoins des enfants") || page.contains("Tableau récapitulatif")) {
					pages.add(n);
					texte.append(page).append(' ');
				}
			}
			assertThat(pages).isNotEmpty();
			for (int n : pages) {
				PDRectangle format = document.getPage(n - 1).getMediaBox();
				assertThat(format.getWidth()).as("page %d en paysage", n).isGreaterThan(format.getHeight());
			}
			assertThat(texte.toString()).contains("Tableau récapitulatif des compétences des autorités organisatrices")
				.contains("Collectivité Population (source, année)")
				.contains("Marmande 17 849 (INSEE, 2026) Exercée par la commune")
				.contains("Val de Garonne Agglomération (EPCI)")
				.contains("Transférée par 2 des 43 communes à l'EPCI")
				.contains("Population totale des communes ayant transféré cette compétence : 1 632 habitants");
		}
	}

	private static String normaliser(String texte) {
		return texte.replaceAll("-\\R", "-").replaceAll("[\\s\\u202F\\u00A0]+", " ").trim();
	}

}
