package fr.atelierctg.document;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.atelierctg.common.web.Telechargement;

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
			return Telechargement.affiche(pdf.contenu(), nomDeFichier(pdf.document()) + ".pdf",
					MediaType.APPLICATION_PDF);
		}

		private static String nomDeFichier(DocumentRedige document) {
			return (document.sousTitre() == null || document.sousTitre().isBlank()) ? "convention"
					: Telechargement.nomDeFichier("CTG " + document.sousTitre());
		}

	}

}
