package fr.atelierctg.document;

import org.springframework.stereotype.Service;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.modele.ModeleApi;
import fr.atelierctg.tenancy.TenancyApi;

/** A convention as a document: written out, then laid out as HTML (preview) or PDF. */
@Service
public class DocumentApi {

	private final ConventionApi conventions;

	private final ModeleApi modeles;

	private final TenancyApi tenancy;

	private final RedactionDocument redaction;

	private final DocumentRenderer renderer;

	DocumentApi(ConventionApi conventions, ModeleApi modeles, TenancyApi tenancy, RedactionDocument redaction,
			DocumentRenderer renderer) {
		this.conventions = conventions;
		this.modeles = modeles;
		this.tenancy = tenancy;
		this.redaction = redaction;
		this.renderer = renderer;
	}

	public DocumentRedige redige(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		return this.redaction.rediger(convention, this.modeles.modeleNational(), this.tenancy.caf(convention.cafId()));
	}

	public String html(long conventionId) {
		return this.renderer.html(redige(conventionId));
	}

	public byte[] pdf(long conventionId) {
		return pdf(redige(conventionId));
	}

	public byte[] pdf(DocumentRedige document) {
		return this.renderer.pdf(document);
	}

}
