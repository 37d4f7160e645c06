package fr.atelierctg.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DocumentController {

	private final DocumentApi documents;

	DocumentController(DocumentApi documents) {
		this.documents = documents;
	}

	/** The document as it will print, shown beside the forms of the convention page. */
	@GetMapping("/conventions/{id}/apercu")
	String apercu(@PathVariable long id, Model model) {
		model.addAttribute("document", this.documents.html(id));
		return "document/apercu";
	}

	@GetMapping("/conventions/{id}/document.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return DocumentPdf.reponse(this.documents.pdf(id));
	}

	/** Shared by the page and the API endpoints. */
	static final class DocumentPdf {

		private DocumentPdf() {
		}

		static ResponseEntity<byte[]> reponse(DocumentApi.PdfConvention pdf) {
			DocumentRedige document = pdf.document();
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline()
							.filename(nomDeFichier(document) + ".pdf", StandardCharsets.UTF_8)
							.build()
							.toString())
				.body(pdf.contenu());
		}

		private static String nomDeFichier(DocumentRedige document) {
			String base = (document.sousTitre() == null || document.sousTitre().isBlank()) ? "convention"
					: "CTG " + document.sousTitre();
			return Normalizer.normalize(base, Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.replaceAll("[^A-Za-z0-9]+", "-")
				.replaceAll("(^-|-$)", "");
		}

	}

}
