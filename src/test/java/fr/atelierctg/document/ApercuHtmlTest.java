package fr.atelierctg.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import fr.atelierctg.document.DocumentRedige.Section;

import static org.assertj.core.api.Assertions.assertThat;

class ApercuHtmlTest {

	private static final DocumentRenderer RENDERER = new DocumentRenderer();

	private final DocumentRedige convention = DocumentsExemples.conventionValDeGaronne(false);

	@Test
	void produitUnSeulFragmentArticleAIntegrerDansUnePage() {
		String html = RENDERER.html(this.convention).strip();
		assertThat(html).startsWith("<article class=\"document\"").endsWith("</article>");
		assertThat(html).doesNotContain("<html", "<head>", "<body", "<bookmarks", "<style", "pied-titre");
	}

	@Test
	void reprendLaStructureEtLesClassesDuPdf() {
		Document apercu = Jsoup.parseBodyFragment(RENDERER.html(this.convention));
		assertThat(apercu.select(".page-de-titre .titre").text()).isEqualTo(this.convention.titre());
		assertThat(apercu.select(".parties .partie")).hasSize(48);
		assertThat(apercu.select(".parties .et")).hasSize(47);
		assertThat(apercu.select(".visas p")).hasSize(this.convention.visas().size());
		assertThat(apercu.select(".article .titre-article")).hasSize(14);
		assertThat(apercu.select(".bloc-signature")).hasSize(49);
		assertThat(apercu.select("table.signatures tr")).hasSize(25);
		assertThat(apercu.select(".annexe .titre-annexe")).hasSize(5);
		Element article3 = apercu.getElementById("article-3");
		assertThat(article3).isNotNull();
		assertThat(article3.parent().text())
			.isEqualTo("Article 3 – Les champs d’intervention de Val de Garonne Agglomération et des communes");
	}

	@Test
	void insereTelQuelLeHtmlAssainiDesArticles() {
		Document apercu = Jsoup.parseBodyFragment(RENDERER.html(this.convention));
		Element corps = apercu.getElementById("article-9").closest(".article").selectFirst(".corps");
		assertThat(corps.select("ol > li > strong").first().text()).isEqualTo("Le suivi continu du plan d’action.");
	}

	@Test
	void montreLeFiligraneDansLApercuDUnProjetSeulement() {
		Document projet = Jsoup.parseBodyFragment(RENDERER.html(DocumentsExemples.conventionValDeGaronne(true)));
		assertThat(projet.select("article.document.projet .filigrane").text()).isEqualTo("PROJET");
		Document signe = Jsoup.parseBodyFragment(RENDERER.html(this.convention));
		assertThat(signe.select(".filigrane")).isEmpty();
		assertThat(signe.selectFirst("article.document").hasClass("projet")).isFalse();
	}

	@Test
	void proposeEnOptionUnSommaireQuiRenvoieAChaqueSection() {
		Document sans = Jsoup.parseBodyFragment(RENDERER.html(this.convention));
		assertThat(sans.select(".sommaire")).isEmpty();
		Document avec = Jsoup.parseBodyFragment(RENDERER.html(this.convention, OptionsRendu.AVEC_SOMMAIRE));
		for (Section article : this.convention.articles()) {
			Element lien = avec.selectFirst(".sommaire a[href=#" + article.ancre() + "]");
			assertThat(lien).as(article.ancre()).isNotNull();
			assertThat(lien.text()).isEqualTo(article.numero() + " – " + article.titre());
			assertThat(avec.getElementById(article.ancre())).isNotNull();
		}
		assertThat(avec.select(".sommaire a[href=#signatures]")).hasSize(1);
		assertThat(avec.getElementById("signatures")).isNotNull();
	}

}
