package fr.atelierctg.convention;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Custom annexes made of an uploaded PDF. */
@IntegrationTest
class AnnexesPdfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionApi conventions;

	@Autowired
	ConventionService redaction;

	@Autowired
	AnnexesPdf annexesPdf;

	CafVue caf;

	UtilisateurConnecte conseiller;

	long convention;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
	}

	private MockMultipartFile fichier(String nom, byte[] contenu) {
		return new MockMultipartFile("fichier", nom, "application/pdf", contenu);
	}

	@Test
	void uneAnnexePdfEstNumeroteeEtSesPagesSuiventSonTitreDansLePdf() throws Exception {
		byte[] carte = DeliberationsTest.pdfDeDeuxPages("Carte des equipements du territoire");
		this.mvc
			.perform(multipart("/api/conventions/" + this.convention + "/annexes/pdf")
				.file(fichier("carte/territoire.pdf", carte))
				.param("titre", "Carte du territoire")
				.with(user(this.conseiller)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.intitule").value("Annexe 6"))
			.andExpect(jsonPath("$.fichier.nom").value("carte_territoire.pdf"))
			.andExpect(jsonPath("$.fichier.pages").value(2))
			.andExpect(jsonPath("$.fichier.sha256").value(PdfVerifie.empreinte(carte)))
			.andExpect(jsonPath("$.contenu").doesNotExist());
		AnnexeLu annexe = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention)).annexes().getLast();
		this.mvc
			.perform(get("/conventions/" + this.convention + "/annexes/" + annexe.id() + "/fichier.pdf")
				.with(user(Comptes.utilisateur(this.caf.id(), Role.LECTEUR))))
			.andExpect(status().isOk())
			.andExpect(content().bytes(carte));

		// moved before the deliberations: still found through the bookmarks
		Comptes.en(this.conseiller, () -> {
			this.redaction.deplacerAnnexe(this.convention, annexe.id(), -1);
			return null;
		});
		byte[] pdf = this.mvc
			.perform(get("/conventions/" + this.convention + "/document.pdf").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String tout = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(tout).contains("Annexe 5 – Carte du territoire")
				.contains("Document joint : « carte_territoire.pdf » (2 pages), reproduit aux pages suivantes.");
			int titre = DeliberationsTest.premierePage(document, "Annexe 5 – Carte du territoire");
			int premiere = DeliberationsTest.premierePage(document, "Carte des equipements du territoire — page 1");
			assertThat(premiere).isEqualTo(titre + 1);
			assertThat(DeliberationsTest.premierePage(document, "Carte des equipements du territoire — page 2"))
				.isEqualTo(premiere + 1);
			assertThat(DeliberationsTest.premierePage(document, "Annexe 6 – Délibérations des signataires"))
				.isEqualTo(premiere + 2);
		}
	}

	@Test
	void unFichierQuiNEstPasUnPdfEstRefuseSansRienAjouter() throws Exception {
		int avant = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention)).annexes().size();
		this.mvc
			.perform(multipart("/api/conventions/" + this.convention + "/annexes/pdf")
				.file(fichier("carte.pdf", "GIF89a pas un pdf".getBytes()))
				.param("titre", "Carte")
				.with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].champ").value("fichier"))
			.andExpect(jsonPath("$.erreurs[0].message").value(containsString("n'est pas un PDF")))
			.andExpect(jsonPath("$.erreurs[0].message").value(containsString("l'annexe au format PDF")));
		this.mvc
			.perform(multipart("/conventions/" + this.convention + "/annexes/nouvelle-pdf")
				.file(fichier("carte.pdf", DeliberationsTest.pdfDeDeuxPages("x")))
				.param("titre", " ")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("erreursPdf", java.util.Map.of("titre", "Indiquez le titre de l'annexe.")));
		this.mvc
			.perform(multipart("/conventions/" + this.convention + "/annexes/nouvelle-pdf").param("titre", "Carte")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(flash().attribute("erreursPdf",
					java.util.Map.of("fichier", "Choisissez le fichier PDF de l'annexe.")));
		assertThat(Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention)).annexes()).hasSize(avant);
	}

	@Test
	void seulsLesRedacteursDeLaCafAjoutentUneAnnexePdfEtUneAutreCafNeLaVoitPas() throws Exception {
		this.mvc
			.perform(multipart("/api/conventions/" + this.convention + "/annexes/pdf")
				.file(fichier("c.pdf", DeliberationsTest.pdfDeDeuxPages("x")))
				.param("titre", "Carte")
				.with(user(Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, "200030674"))))
			.andExpect(status().isForbidden());
		long annexe = Comptes.en(this.conseiller, () -> this.annexesPdf.ajouter(this.convention, "Carte", "carte.pdf",
				DeliberationsTest.pdfDeDeuxPages("x")));
		CafVue autre = this.scenario.caf("31");
		this.mvc
			.perform(get("/api/conventions/" + this.convention + "/annexes/" + annexe + "/fichier.pdf")
				.with(user(Comptes.utilisateur(autre.id(), Role.DIRECTEUR))))
			.andExpect(status().isNotFound());
	}

	@Test
	void remplacerLeFichierGardeLeNumeroEtChangeLEmpreinte() throws Exception {
		long annexe = Comptes.en(this.conseiller, () -> this.annexesPdf.ajouter(this.convention, "Carte", "carte.pdf",
				DeliberationsTest.pdfDeDeuxPages("ancienne")));
		byte[] nouvelle = DeliberationsTest.pdfDeDeuxPages("nouvelle");
		this.mvc.perform(multipart("/api/conventions/" + this.convention + "/annexes/" + annexe + "/fichier")
			.file(fichier("nouvelle.pdf", nouvelle))
			.with((requete) -> {
				requete.setMethod("PUT");
				return requete;
			})
			.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intitule").value("Annexe 6"))
			.andExpect(jsonPath("$.fichier.sha256").value(PdfVerifie.empreinte(nouvelle)));
		this.mvc.perform(get("/conventions/" + this.convention + "/annexes/" + annexe).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nouvelle.pdf")))
			.andExpect(content().string(containsString(PdfVerifie.empreinte(nouvelle))));
	}

}
