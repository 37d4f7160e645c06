package fr.atelierctg.document;

import java.awt.Color;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws the watermark ("PROJET") diagonally across every page. Flying Saucer has no CSS
 * transforms, so the template only says whether there is a watermark and its text; the
 * PDF draws it here, as real text (searchable, vector), over the content with a low
 * opacity.
 */
final class Filigrane extends PdfPageEventHelper {

	private static final float TAILLE = 120;

	private static final float OPACITE = 0.13f;

	private static final float ANGLE = 52;

	private final String texte;

	private final BaseFont police;

	Filigrane(String texte, BaseFont police) {
		this.texte = texte;
		this.police = police;
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		Rectangle page = writer.getPageSize();
		float angle = (page.getWidth() > page.getHeight()) ? 30 : ANGLE;
		PdfContentByte contenu = writer.getDirectContent();
		contenu.saveState();
		PdfGState transparence = new PdfGState();
		transparence.setFillOpacity(OPACITE);
		contenu.setGState(transparence);
		contenu.setColorFill(Color.DARK_GRAY);
		contenu.beginText();
		contenu.setFontAndSize(this.police, TAILLE);
		contenu.showTextAligned(Element.ALIGN_CENTER, this.texte, page.getWidth() / 2,
				page.getHeight() / 2 - TAILLE / 3, angle);
		contenu.endText();
		contenu.restoreState();
	}

}
