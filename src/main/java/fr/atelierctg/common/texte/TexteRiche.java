package fr.atelierctg.common.texte;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich text users may write: paragraphs, bold, italic, line breaks and lists two
 * levels deep. Everything else (scripts, styles, links, attributes, deeper lists) is
 * removed on input; the result is safe to insert as is in a page or a PDF.
 */
public final class TexteRiche {

	private static final PolicyFactory POLITIQUE = new HtmlPolicyBuilder()
		.allowElements("p", "br", "strong", "em", "ul", "ol", "li")
		.allowElements((nom, attributs) -> "strong", "b")
		.allowElements((nom, attributs) -> "em", "i")
		.allowElements((nom, attributs) -> "p", "div", "h1", "h2", "h3", "h4", "h5", "h6")
		.toFactory();

	private static final int PROFONDEUR_MAXIMALE_DES_LISTES = 2;

	private TexteRiche() {
	}

	public static String nettoyer(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document document = Jsoup.parseBodyFragment(POLITIQUE.sanitize(html));
		Element corps = document.body();
		retirerLesCommentaires(corps);
		aplatirLesListesTropProfondes(corps);
		envelopperLeTexteNu(corps);
		corps.select("p").forEach((p) -> {
			if (p.text().isBlank() && p.select("br").size() == p.childrenSize() && p.childrenSize() == 0) {
				p.remove();
			}
		});
		document.outputSettings().prettyPrint(false);
		return corps.html().strip();
	}

	/** The plain text of a rich text, for searches and checks. */
	public static String texte(String html) {
		return Jsoup.parseBodyFragment(html == null ? "" : html).text();
	}

	/**
	 * Items of a list nested deeper than allowed move up beside the item that held them.
	 */
	private static void aplatirLesListesTropProfondes(Element corps) {
		java.util.List<Element> listes = new java.util.ArrayList<>(corps.select("ul, ol"));
		java.util.Collections.reverse(listes);
		for (Element liste : listes) {
			long profondeur = liste.parents().stream().filter((e) -> e.is("ul, ol")).count();
			Element itemParent = liste.parent();
			if (profondeur >= PROFONDEUR_MAXIMALE_DES_LISTES && itemParent != null && itemParent.is("li")) {
				java.util.List<Element> items = new java.util.ArrayList<>(liste.children());
				java.util.Collections.reverse(items);
				items.forEach(itemParent::after);
				liste.remove();
			}
		}
	}

	/**
	 * The sanitizer splits "{{" with an empty comment against client-side template
	 * engines; the product has none, and its named fields ({@code {{periode}}}) must
	 * survive.
	 */
	private static void retirerLesCommentaires(Element corps) {
		java.util.List<org.jsoup.nodes.Comment> commentaires = new java.util.ArrayList<>();
		corps.traverse((noeud, profondeur) -> {
			if (noeud instanceof org.jsoup.nodes.Comment commentaire) {
				commentaires.add(commentaire);
			}
		});
		commentaires.forEach(Node::remove);
	}

	private static void envelopperLeTexteNu(Element corps) {
		Element paragraphe = null;
		for (Node noeud : corps.childNodes().toArray(new Node[0])) {
			boolean enLigne = noeud instanceof TextNode
					|| (noeud instanceof Element element && element.is("strong, em, br"));
			if (!enLigne) {
				paragraphe = null;
				continue;
			}
			if (noeud instanceof TextNode texte && texte.isBlank()) {
				continue;
			}
			if (paragraphe == null) {
				paragraphe = new Element("p");
				noeud.before(paragraphe);
			}
			paragraphe.appendChild(noeud);
		}
	}

	/**
	 * Plain text (a name, a label typed in a form) made safe to insert in HTML:
	 * {@code < > & " '} escaped, accents kept as they are.
	 */
	public static String echapper(String texte) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(texte, "UTF-8");
	}

}
