package fr.atelierctg.convention;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DeliberationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionApi conventions;

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

	static byte[] pdfDeDeuxPages(String texte) {
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

	private String url() {
		return "/api/conventions/" + this.convention + "/signataires/" + this.epci + "/deliberation";
	}

	@Test
	void refuseUnFichierRenommeEnPdfEtNEnregistreRien() throws Exception {
		MockMultipartFile faux = new MockMultipartFile("fichier", "deliberation.pdf", "application/pdf",
				"Ceci est un texte, pas un PDF.".getBytes());
		this.mvc.perform(multipart(url()).file(faux).param("date", "2025-06-19").with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].champ").value("fichier"))
			.andExpect(
					jsonPath("$.erreurs[0].message").value(org.hamcrest.Matchers.containsString("n'est pas un PDF")));
		this.mvc.perform(get(url() + ".pdf").with(user(this.conseiller))).andExpect(status().isNotFound());
		assertThat(Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention))
			.signataires()
			.stream()
			.filter((s) -> s.id() == this.epci)
			.findFirst()
			.orElseThrow()
			.deliberationDate()).isEqualTo(LocalDate.of(2025, 6, 19)).as("la date d'origine reste");
	}

	@Test
	void refuseUnPdfDePlusDe20Mo() throws Exception {
		byte[] gros = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.4".getBytes(), 0, gros, 0, 8);
		this.mvc
			.perform(multipart(url()).file(new MockMultipartFile("fichier", "gros.pdf", "application/pdf", gros))
				.param("date", "2025-06-19")
				.with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].message").value(org.hamcrest.Matchers.containsString("20 Mo")));
	}

	@Test
	void laDeliberationDateLeVisaEtSesPagesSuiventLAnnexe() throws Exception {
		byte[] pdf = pdfDeDeuxPages("Deliberation n 2025-42 du conseil communautaire");
		this.mvc
			.perform(multipart(url()).file(new MockMultipartFile("fichier", "VGA 2025-42.pdf", "application/pdf", pdf))
				.param("date", "2025-07-03")
				.with(user(this.conseiller)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.pages").value(2))
			.andExpect(jsonPath("$.sha256").value(PdfVerifie.empreinte(pdf)));
		this.mvc.perform(get(url() + ".pdf").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf));

		byte[] convention = this.mvc
			.perform(get("/conventions/" + this.convention + "/document.pdf").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(convention)) {
			PDFTextStripper lecteur = new PDFTextStripper();
			String tout = lecteur.getText(document).replaceAll("\\s+", " ");
			assertThat(tout).contains("conseil communautaire en date du 3 juillet 2025")
				.contains(
						"Délibération de la communauté d'agglomération « Val de Garonne Agglomération » du 3 juillet 2025 (2 pages)");
			int pageAnnexe = premierePage(document, "Délibérations des signataires");
			int pageDeliberation = premierePage(document, "Deliberation n 2025-42 du conseil communautaire — page 1");
			assertThat(pageDeliberation).isGreaterThan(pageAnnexe);
			assertThat(premierePage(document, "Deliberation n 2025-42 du conseil communautaire — page 2"))
				.isEqualTo(pageDeliberation + 1);
		}
	}

	@Test
	void uneAutreCafNeTelechargePasLaDeliberationEtUnLecteurNeDeposePas() throws Exception {
		this.mvc
			.perform(multipart(url())
				.file(new MockMultipartFile("fichier", "d.pdf", "application/pdf", pdfDeDeuxPages("x")))
				.param("date", "2025-07-03")
				.with(user(this.conseiller)))
			.andExpect(status().isCreated());
		CafVue autre = this.scenario.caf("31");
		this.mvc.perform(get(url() + ".pdf").with(user(Comptes.utilisateur(autre.id(), Role.DIRECTEUR))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/conventions/" + this.convention + "/signataires/" + this.epci + "/deliberation")
				.file(new MockMultipartFile("fichier", "d.pdf", "application/pdf", pdfDeDeuxPages("y")))
				.param("date", "2025-07-03")
				.with(user(Comptes.utilisateur(this.caf.id(), Role.LECTEUR)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/conventions/" + this.convention + "/signataires/" + this.epci + "/deliberation")
				.file(new MockMultipartFile("fichier", "d.txt", "text/plain", "pas un pdf".getBytes()))
				.param("date", "2025-07-03")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(
					flash().attribute("erreurDeliberation", org.hamcrest.Matchers.containsString("n'est pas un PDF")));
	}

	static int premierePage(PDDocument document, String texte) throws java.io.IOException {
		PDFTextStripper lecteur = new PDFTextStripper();
		for (int page = 1; page <= document.getNumberOfPages(); page++) {
			lecteur.setStartPage(page);
			lecteur.setEndPage(page);
			if (lecteur.getText(document).replaceAll("\\s+", " ").contains(texte)) {
				return page;
			}
		}
		return -1;
	}

}
