package fr.atelierctg.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** A generated PDF read back with PDFBox: text per page, fonts, outline, metadata. */
final class PdfLu {

	private final List<String> pages = new ArrayList<>();

	private final List<String> pagesParPosition = new ArrayList<>();

	private final List<PDRectangle> formats = new ArrayList<>();

	private final List<PDFont> polices = new ArrayList<>();

	private final List<String> signets = new ArrayList<>();

	private final String titre;

	private final String auteur;

	private final String langue;

	private PdfLu(PDDocument pdf) throws IOException {
		PDFTextStripper ordreDuFlux = new PDFTextStripper();
		PDFTextStripper ordreDeLecture = new PDFTextStripper();
		ordreDeLecture.setSortByPosition(true);
		for (int n = 1; n <= pdf.getNumberOfPages(); n++) {
			this.pages.add(extraire(ordreDuFlux, pdf, n));
			this.pagesParPosition.add(extraire(ordreDeLecture, pdf, n));
		}
		for (PDPage page : pdf.getPages()) {
			this.formats.add(page.getMediaBox());
			PDResources ressources = page.getResources();
			for (COSName nom : ressources.getFontNames()) {
				this.polices.add(ressources.getFont(nom));
			}
		}
		if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
			lireSignets(pdf.getDocumentCatalog().getDocumentOutline(), "");
		}
		this.titre = pdf.getDocumentInformation().getTitle();
		this.auteur = pdf.getDocumentInformation().getAuthor();
		this.langue = pdf.getDocumentCatalog().getLanguage();
	}

	static PdfLu lire(byte[] octets) {
		try (PDDocument pdf = Loader.loadPDF(octets)) {
			return new PdfLu(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Text as a reader compares it: line-end hyphens joined ("Saint-\nSauveur"), every
	 * run of white space (including U+202F and U+00A0, which may or may not survive
	 * extraction) made one space.
	 */
	static String normaliser(String texte) {
		return texte.replaceAll("-\\R", "-").replaceAll("[\\s\\u202F\\u00A0]+", " ").trim();
	}

	int nombreDePages() {
		return this.pages.size();
	}

	/** Text of page n (from 1), in content-stream order, normalised. */
	String page(int n) {
		return normaliser(this.pages.get(n - 1));
	}

	/** Text of page n (from 1), raw, lines in content-stream order. */
	String pageBrute(int n) {
		return this.pages.get(n - 1);
	}

	/** Text of page n (from 1), in reading order (top to bottom), normalised. */
	String pageDansLOrdreDeLecture(int n) {
		return normaliser(this.pagesParPosition.get(n - 1));
	}

	/** The whole text, pages joined, normalised. */
	String texte() {
		return normaliser(String.join("\n", this.pages));
	}

	/** Pages (from 1) whose text contains the given text (normalised). */
	List<Integer> pagesContenant(String texte) {
		String cherche = normaliser(texte);
		List<Integer> trouvees = new ArrayList<>();
		for (int n = 1; n <= this.pages.size(); n++) {
			if (page(n).contains(cherche)) {
				trouvees.add(n);
			}
		}
		return trouvees;
	}

	PDRectangle format(int n) {
		return this.formats.get(n - 1);
	}

	List<PDFont> polices() {
		return this.polices;
	}

	/** Titles of the outline, depth first; children are prefixed with "> ". */
	List<String> signets() {
		return this.signets;
	}

	String titre() {
		return this.titre;
	}

	String auteur() {
		return this.auteur;
	}

	String langue() {
		return this.langue;
	}

	private static String extraire(PDFTextStripper stripper, PDDocument pdf, int n) throws IOException {
		stripper.setStartPage(n);
		stripper.setEndPage(n);
		return stripper.getText(pdf);
	}

	private void lireSignets(PDOutlineNode parent, String prefixe) {
		for (PDOutlineItem signet : parent.children()) {
			this.signets.add(prefixe + signet.getTitle());
			lireSignets(signet, prefixe + "> ");
		}
	}

}
