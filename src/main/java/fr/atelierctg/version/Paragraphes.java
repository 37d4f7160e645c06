package fr.atelierctg.version;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of sanitized HTML that keeps one paragraph (or list item) per line, so that
 * a word-level comparison still reads as paragraphs.
 */
final class Paragraphes {

	private static final String BLOCS = "p, li, div, h1, h2, h3, h4, h5, h6, tr, blockquote, table, ul, ol";

	private Paragraphes() {
	}

	static String texte(String html) {
		StringBuilder texte = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node noeud, int profondeur) {
				if (noeud instanceof TextNode mot) {
					texte.append(mot.text());
				}
				else if (noeud instanceof Element element) {
					if (element.is("br")) {
						texte.append('\n');
					}
					else if (element.is(BLOCS)) {
						texte.append('\n');
						if (element.is("li")) {
							texte.append("• ");
						}
					}
				}
			}

			@Override
			public void tail(Node noeud, int profondeur) {
				if (noeud instanceof Element element && element.is(BLOCS)) {
					texte.append('\n');
				}
			}

		}, Jsoup.parseBodyFragment(html == null ? "" : html).body());
		return texte.toString()
			.replace('\u00a0', ' ')
			.replaceAll("[ \\t]+", " ")
			.replaceAll(" ?\\n ?", "\n")
			.replaceAll("\\n{2,}", "\n")
			.strip();
	}

}
