package fr.atelierctg.document;

import java.io.ByteArrayOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * HTML (as Thymeleaf writes it) to PDF: jsoup parses it like a browser would, its W3C DOM
 * goes to Flying Saucer, which needs well-formed XHTML and would choke on the HTML
 * serialization. One {@link ITextRenderer} per document (it is stateful); the fonts are
 * parsed once.
 */
final class ImpressionPdf {

	static final String AUTEUR = "Atelier CTG";

	static final String LANGUE = "fr";

	private static final CoupureFrancaise COUPURE_FRANCAISE = new CoupureFrancaise();

	private final PolicesEmbarquees polices;

	ImpressionPdf(PolicesEmbarquees polices) {
		this.polices = polices;
	}

	byte[] imprimer(String html) {
		org.jsoup.nodes.Document page = Jsoup.parse(html);
		preparerPourFlyingSaucer(page);
		Element filigrane = page.selectFirst(".filigrane");
		ITextFontResolver polices = this.polices.emprunter();
		try {
			return imprimer(page, filigrane, new ITextRenderer(polices));
		}
		finally {
			this.polices.rendre(polices);
		}
	}

	private byte[] imprimer(org.jsoup.nodes.Document page, Element filigrane, ITextRenderer rendu) {
		rendu.getSharedContext().setLineBreakingStrategy(COUPURE_FRANCAISE);
		rendu.setPDFCreator(AUTEUR);
		rendu.setListener(new Metadonnees());
		if (filigrane != null) {
			rendu.setPdfPageEvent(new Filigrane(filigrane.text(), this.polices.grasse()));
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
		try {
			rendu.setDocument(W3CDom.convert(page), null);
			rendu.layout();
			rendu.createPDF(pdf);
		}
		catch (RuntimeException ex) {
			// OpenPDF's DocumentException is unchecked too.
			throw new RenduImpossible("Échec de la production du PDF", ex);
		}
		return pdf.toByteArray();
	}

	/**
	 * The HTML parser moves {@code <bookmarks>} (unknown to HTML) from the head into the
	 * body; Flying Saucer only reads it in the head. Its user-agent stylesheet predates
	 * HTML5: renamed to divs, the sectioning elements are blocks (and it stops warning
	 * about them on every document).
	 */
	private static void preparerPourFlyingSaucer(org.jsoup.nodes.Document page) {
		Element signets = page.selectFirst("bookmarks");
		if (signets != null) {
			page.head().appendChild(signets);
		}
		page.select("article, header, footer, nav, section, aside").tagName("div");
	}

	/** Language of the document and outline panel open, set before the PDF is opened. */
	private static final class Metadonnees extends DefaultPDFCreationListener {

		@Override
		public void preOpen(ITextRenderer rendu) {
			PdfWriter writer = rendu.getWriter();
			writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUE));
			writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
		}

	}

}
