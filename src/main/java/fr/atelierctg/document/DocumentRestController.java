package fr.atelierctg.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Documents")
class DocumentRestController {

	private final DocumentApi documents;

	DocumentRestController(DocumentApi documents) {
		this.documents = documents;
	}

	@GetMapping(value = "/api/conventions/{id}/document.pdf", produces = "application/pdf")
	@Operation(
			summary = "La convention en PDF (A4, polices incorporées, filigrane PROJET tant qu'elle est en brouillon)")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return DocumentController.DocumentPdf.reponse(this.documents.pdf(id));
	}

}
