package fr.atelierctg.document;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.atelierctg.document.DocumentRedige.Section;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wide table of an annex ({@code table.large}) goes on landscape pages, its header
 * repeated.
 */
class AnnexesPaysageTest {

	private static PdfLu pdf;

	@BeforeAll
	static void rendre() {
		StringBuilder tableau = new StringBuilder(
				"<p>Projection de l’offre d’accueil :</p><table class=\"large\"><thead><tr>"
						+ "<th>Autorité organisatrice</th><th>EAJE PSU</th><th>Micro-crèches Paje</th><th>MAM</th>"
						+ "<th>Assistants maternels</th><th>RPE (ETP)</th><th>2025</th><th>2026</th><th>2027</th>"
						+ "<th>2028</th><th>2029</th></tr></thead><tbody>");
		for (int i = 1; i <= 60; i++) {
			tableau.append("<tr><td>Commune ")
				.append(i)
				.append("</td><td>12</td><td>10</td><td>4</td><td>35</td><td>1,5</td>")
				.append("<td>+2</td><td>+4</td><td>+4</td><td>+6</td><td>+8</td></tr>");
		}
		tableau.append("</tbody></table>");
		DocumentRedige courte = DocumentsExemples.conventionCourte(false);
		List<Section> annexes = new ArrayList<>(courte.annexes());
		annexes.add(new Section("annexe-2", "Annexe 2", "Projections", tableau.toString()));
		annexes.add(new Section("annexe-3", "Annexe 3", "Pilotage", "<p>Comité de pilotage.</p>"));
		pdf = PdfLu.lire(new DocumentRenderer().pdf(DocumentsExemples.avecAnnexes(courte, annexes)));
	}

	@Test
	void placeLesTableauxLargesSurDesPagesPaysage() {
		List<Integer> pagesDuTableau = pdf.pagesContenant("Commune 1 12 10");
		assertThat(pagesDuTableau).isNotEmpty();
		for (int n = 1; n <= pdf.nombreDePages(); n++) {
			PDRectangle format = pdf.format(n);
			boolean paysage = format.getWidth() > format.getHeight();
			boolean tableau = pdf.page(n).contains("Assistants maternels");
			assertThat(paysage).as("page %d", n).isEqualTo(tableau);
		}
		assertThat(pdf.pagesContenant("Annexe 3 – Pilotage"))
			.allSatisfy((n) -> assertThat(pdf.format(n).getHeight()).isGreaterThan(pdf.format(n).getWidth()));
	}

	@Test
	void repeteLEnTeteDuTableauSurChaquePage() {
		List<Integer> pages = pdf.pagesContenant("12 10 4 35 1,5");
		assertThat(pages).hasSizeGreaterThan(1);
		assertThat(pages).allSatisfy((n) -> assertThat(pdf.page(n)).contains("Autorité organisatrice EAJE PSU"));
	}

}
