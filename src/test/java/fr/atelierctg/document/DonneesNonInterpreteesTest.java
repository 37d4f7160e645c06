package fr.atelierctg.document;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.atelierctg.document.DocumentRedige.Partie;
import fr.atelierctg.document.DocumentRedige.Section;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data is text, never markup nor expressions: Thymeleaf escapes it (th:text) and
 * never evaluates it; only the sanitized html fields are inserted as markup, and they are
 * not evaluated either.
 */
class DonneesNonInterpreteesTest {

	private static final DocumentRenderer RENDERER = new DocumentRenderer();

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final String EXPRESSION = "[[${7*7}]]";

	private static final String EXPRESSION_SPEL = "${T(java.lang.System).getProperty('user.home')}";

	private final DocumentRedige piege = piege();

	@Test
	void echappeLeBalisageDesDonneesDansLApercu() {
		String html = RENDERER.html(this.piege);
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain(SCRIPT)
			.contains("&lt;b&gt;en gras&lt;/b&gt;");
	}

	@Test
	void nEvalueJamaisLesExpressionsContenuesDansLesDonnees() {
		String html = RENDERER.html(this.piege);
		assertThat(html).contains(EXPRESSION, "Article 1 : " + EXPRESSION)
			.contains("${T(java.lang.System).getProperty(&#39;user.home&#39;)}")
			.doesNotContain("49", System.getProperty("user.home"));
	}

	@Test
	void imprimeLesDonneesLitteralementDansLePdf() {
		PdfLu pdf = PdfLu.lire(RENDERER.pdf(this.piege));
		assertThat(pdf.page(1)).contains("Commune d’Agmé " + SCRIPT + " " + EXPRESSION);
		assertThat(pdf.texte()).contains("Ci-après dénommée <b>en gras</b> " + EXPRESSION_SPEL)
			.contains("Article 1 : " + EXPRESSION)
			.doesNotContain(System.getProperty("user.home"));
		assertThat(pdf.titre()).endsWith(SCRIPT + " " + EXPRESSION);
	}

	private static DocumentRedige piege() {
		DocumentRedige courte = DocumentsExemples.conventionCourte(false);
		DocumentRedige d = DocumentsExemples.avecSousTitre(courte, "Commune d’Agmé " + SCRIPT + " " + EXPRESSION);
		List<Partie> parties = new ArrayList<>(d.parties());
		Partie agme = parties.get(1);
		parties.set(1, new Partie(agme.html(), "Ci-après dénommée <b>en gras</b> " + EXPRESSION_SPEL));
		List<Section> articles = new ArrayList<>(d.articles());
		Section premier = articles.get(0);
		articles.set(0, new Section(premier.ancre(), premier.numero(), premier.titre(),
				"<p>Article 1 : " + EXPRESSION + "</p>"));
		return DocumentsExemples.avecArticles(DocumentsExemples.avecParties(d, parties), articles);
	}

}
