package fr.atelierctg.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;

/**
 * Appends deposited PDFs (the signed deliberations) as pages of an annex: right after the
 * last page of that annex, found through the document's bookmarks, which follow the
 * insertion and gain one entry per appended file.
 */
final class AssemblagePdf {

	private AssemblagePdf() {
	}

	record Piece(String titre, byte[] contenu) {
	}

	static byte[] insererApresAnnexe(byte[] document, String intituleAnnexe, List<Piece> pieces) {
		if (pieces.isEmpty()) {
			return document;
		}
		try (PdfReader principal = new PdfReader(document)) {
			int total = principal.getNumberOfPages();
			List<Map<String, Object>> signets = SimpleBookmark.getBookmarkList(principal);
			int finAnnexe = derniere(signets, intituleAnnexe, total);
			ByteArrayOutputStream sortie = new ByteArrayOutputStream(document.length * 2);
			Document assemblage = new Document();
			PdfCopy copie = new PdfCopy(assemblage, sortie);
			assemblage.open();
			for (int page = 1; page <= finAnnexe; page++) {
				copie.addPage(copie.getImportedPage(principal, page));
			}
			List<Map<String, Object>> signetsDesPieces = new ArrayList<>();
			int pagesAjoutees = 0;
			for (Piece piece : pieces) {
				try (PdfReader lecteur = new PdfReader(piece.contenu())) {
					Map<String, Object> signet = new HashMap<>();
					signet.put("Title", piece.titre());
					signet.put("Action", "GoTo");
					signet.put("Page", (finAnnexe + pagesAjoutees + 1) + " Fit");
					signetsDesPieces.add(signet);
					for (int page = 1; page <= lecteur.getNumberOfPages(); page++) {
						copie.addPage(copie.getImportedPage(lecteur, page));
					}
					pagesAjoutees += lecteur.getNumberOfPages();
					copie.freeReader(lecteur);
				}
			}
			for (int page = finAnnexe + 1; page <= total; page++) {
				copie.addPage(copie.getImportedPage(principal, page));
			}
			if (signets != null) {
				SimpleBookmark.shiftPageNumbersInRange(signets, pagesAjoutees, new int[] { finAnnexe + 1, total });
				rattacher(signets, intituleAnnexe, signetsDesPieces);
				copie.setOutlines(signets);
			}
			assemblage.close();
			return sortie.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The last page of the annex: the page before the next bookmark after it, or the end.
	 */
	private static int derniere(List<Map<String, Object>> signets, String intitule, int total) {
		List<Integer> debuts = new ArrayList<>();
		Integer debutAnnexe = null;
		for (Map<String, Object> signet : aplatir(signets)) {
			Integer page = page(signet);
			if (page == null) {
				continue;
			}
			debuts.add(page);
			if (String.valueOf(signet.get("Title")).startsWith(intitule + " ")) {
				debutAnnexe = page;
			}
		}
		if (debutAnnexe == null) {
			return total;
		}
		int debut = debutAnnexe;
		return debuts.stream().filter((p) -> p > debut).mapToInt((p) -> p - 1).min().orElse(total);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> aplatir(List<Map<String, Object>> signets) {
		List<Map<String, Object>> tous = new ArrayList<>();
		if (signets != null) {
			for (Map<String, Object> signet : signets) {
				tous.add(signet);
				tous.addAll(aplatir((List<Map<String, Object>>) signet.get("Kids")));
			}
		}
		return tous;
	}

	@SuppressWarnings("unchecked")
	private static void rattacher(List<Map<String, Object>> signets, String intitule,
			List<Map<String, Object>> enfants) {
		for (Map<String, Object> signet : aplatir(signets)) {
			if (String.valueOf(signet.get("Title")).startsWith(intitule + " ")) {
				List<Map<String, Object>> kids = (List<Map<String, Object>>) signet.get("Kids");
				List<Map<String, Object>> tous = (kids == null) ? new ArrayList<>() : new ArrayList<>(kids);
				tous.addAll(enfants);
				signet.put("Kids", tous);
				return;
			}
		}
	}

	private static Integer page(Map<String, Object> signet) {
		Object page = signet.get("Page");
		if (page == null) {
			return null;
		}
		try {
			return Integer.parseInt(page.toString().split(" ")[0]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
