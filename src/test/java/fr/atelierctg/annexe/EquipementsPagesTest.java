package fr.atelierctg.annexe;

import java.nio.charset.Charset;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.annexe.equipements.EquipementsApi;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Annex 2 through the pages: CSV import all or nothing, exports, the document. */
@IntegrationTest
class EquipementsPagesTest {

	static final String FICHIER = """
			Type;Nom;Gestionnaire;Adresse;Commune;Capacité
			EAJE PSU;Crèche Les Petits Loups;Val de Garonne Agglomération;12 rue de la Gare;Marmande;40
			RPE;Relais petite enfance Val de Garonne;Val de Garonne Agglomération;;Tonneins;1,5
			LAEP;Lieu d'accueil enfants-parents Récréa;Association Récréa;;47157;
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	EquipementsApi equipements;

	CafVue caf;

	UtilisateurConnecte conseiller;

	long convention;

	long epci;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		this.epci = this.scenario.epci(this.caf, this.convention);
	}

	private String url() {
		return "/conventions/" + this.convention + "/annexes/equipements";
	}

	private MockMultipartFile fichier(String texte) {
		return new MockMultipartFile("fichier", "equipements.csv", "text/csv",
				texte.getBytes(Charset.forName("windows-1252")));
	}

	@Test
	void importeUnFichierExcelEtLImprimeDansLAnnexe2() throws Exception {
		this.mvc
			.perform(multipart(url() + "/" + this.epci + "/import").file(fichier(FICHIER))
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("succes", containsString("3 équipement(s) importé(s)")));
		this.mvc.perform(get(url()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Crèche Les Petits Loups")))
			.andExpect(content().string(containsString("Lieu d&#39;accueil enfants-parents Récréa")));
		this.mvc.perform(get(url() + "/" + this.epci + ".xlsx").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));

		byte[] pdf = this.mvc
			.perform(get("/conventions/" + this.convention + "/document.pdf").with(user(this.conseiller)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String texte = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(texte).contains("Crèche Les Petits Loups")
				.contains("40 places")
				.contains("1,50 ETP")
				.contains(
						"Aucun équipement ni service déclaré pour la commune d'Agmé, la commune du Mas-d'Agenais et la commune de Marmande.");
		}
	}

	@Test
	void unFichierFautifNeChangeRienEtSignaleChaqueLigne() throws Exception {
		this.mvc
			.perform(multipart(url() + "/" + this.epci + "/import").file(fichier(FICHIER))
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String fautif = FICHIER.replace("1,5", "1.7% ETP").replace(";Marmande;", ";Ville-Inconnue-Xyz;");
		this.mvc
			.perform(multipart(url() + "/" + this.epci + "/import").file(fichier(fautif))
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("erreurs", hasItem(containsString("Ligne 2"))))
			.andExpect(flash().attribute("erreurs", hasItem(containsString("Ligne 3"))));
		assertThat(Comptes.en(this.conseiller, () -> this.equipements.liste(this.convention, this.epci))).hasSize(3);
	}

	@Test
	void unLecteurNImportePasEtUneAutreCafNeVoitRien() throws Exception {
		this.mvc
			.perform(multipart(url() + "/" + this.epci + "/import").file(fichier(FICHIER))
				.with(user(Comptes.utilisateur(this.caf.id(), Role.LECTEUR)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(url()).with(user(Comptes.utilisateur(this.scenario.caf("31").id(), Role.CONSEILLER))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(url() + "/modele.csv").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Capacité")));
	}

}
