package fr.atelierctg.document;

import java.util.List;

import org.springframework.stereotype.Service;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.annexe.AnnexeStructuree;
import fr.atelierctg.convention.AnnexeLu;
import fr.atelierctg.convention.AnnexesPdf;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;
import fr.atelierctg.convention.DeliberationService;
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

	private final DeliberationService deliberations;

	private final List<AnnexeStructuree> annexesStructurees;

	private final AnnexesPdf annexesPdf;

	DocumentApi(ConventionApi conventions, ModeleApi modeles, TenancyApi tenancy, RedactionDocument redaction,
			DocumentRenderer renderer, DeliberationService deliberations, List<AnnexeStructuree> annexesStructurees,
			AnnexesPdf annexesPdf) {
		this.annexesPdf = annexesPdf;
		this.deliberations = deliberations;
		this.annexesStructurees = annexesStructurees;
		this.conventions = conventions;
		this.modeles = modeles;
		this.tenancy = tenancy;
		this.redaction = redaction;
		this.renderer = renderer;
	}

	public DocumentRedige redige(long conventionId) {
		return redige(this.conventions.lire(conventionId));
	}

	/**
	 * A convention as read (or as consolidated by its avenants: another period) written
	 * out.
	 */
	public DocumentRedige redige(ConventionLue convention) {
		return this.redaction.rediger(convention, this.modeles.editionDeLaConvention(convention.editionModele()),
				this.tenancy.caf(convention.cafId()), this.deliberations.deposees(convention.id()),
				(cle) -> contenuStructure(convention, cle));
	}

	/**
	 * What the annex sub-modules render for this annex key, nothing for a text-only
	 * annex.
	 */
	private RedactionDocument.ContenuStructure contenuStructure(ConventionLue convention, String cle) {
		List<AnnexeStructuree> annexes = this.annexesStructurees.stream()
			.filter((annexe) -> annexe.cle().equals(cle))
			.toList();
		if (annexes.isEmpty()) {
			return RedactionDocument.ContenuStructure.AUCUN;
		}
		StringBuilder html = new StringBuilder();
		annexes.forEach((annexe) -> html.append(annexe.html(convention)));
		return new RedactionDocument.ContenuStructure(html.toString(),
				annexes.stream().anyMatch(AnnexeStructuree::remplaceLeTexteDuModele));
	}

	public String html(long conventionId) {
		return this.renderer.html(redige(conventionId));
	}

	/**
	 * The final PDF: the document, then the signed deliberations deposited for annex
	 * "Délibérations", inserted as pages of that annex.
	 */
	public PdfConvention pdf(long conventionId) {
		return pdf(this.conventions.lire(conventionId), java.util.function.UnaryOperator.identity(),
				OptionsRendu.STANDARD);
	}

	/**
	 * The final PDF of a convention once the document is adjusted, e.g. the consolidated
	 * text of a convention and its signed avenants with a mention on its cover.
	 */
	public PdfConvention pdf(ConventionLue convention, java.util.function.UnaryOperator<DocumentRedige> ajustement,
			OptionsRendu options) {
		long conventionId = convention.id();
		DocumentRedige document = ajustement.apply(redige(convention));
		String intitule = convention.annexes()
			.stream()
			.filter((annexe) -> annexe.cle().equals("deliberations"))
			.map(AnnexeLu::intitule)
			.findFirst()
			.orElse("");
		List<AssemblagePdf.Piece> pieces = this.deliberations.fichiersDansLOrdre(conventionId)
			.stream()
			.map((fichier) -> new AssemblagePdf.Piece(
					"Délibération – " + Designations.designation(fichier.signataire()), fichier.contenu()))
			.toList();
		byte[] contenu = AssemblagePdf.insererApresAnnexe(this.renderer.pdf(document, options), intitule, pieces);
		for (AnnexesPdf.AnnexeEnPdf annexe : this.annexesPdf.dansLOrdre(conventionId)) {
			contenu = AssemblagePdf.insererApresAnnexe(contenu, annexe.annexe().intitule(),
					List.of(new AssemblagePdf.Piece(annexe.annexe().fichier().nom(), annexe.contenu())));
		}
		return new PdfConvention(document, contenu);
	}

	/** A convention's PDF and what it was made from (for its file name). */
	public record PdfConvention(DocumentRedige document, byte[] contenu) {
	}

	public byte[] pdf(DocumentRedige document) {
		return this.renderer.pdf(document);
	}

	public String html(DocumentRedige document, OptionsRendu options) {
		return this.renderer.html(document, options);
	}

	/** An avenant written out (parties, visas, one article per modification…). */
	public DocumentRedige avenant(AvenantARediger avenant) {
		return RedactionAvenant.rediger(avenant,
				this.modeles.editionDeLaConvention(avenant.convention().editionModele()),
				this.tenancy.caf(avenant.convention().cafId()));
	}

	public byte[] pdfAvenant(DocumentRedige avenant) {
		return this.renderer.pdfAvenant(avenant);
	}

	public String htmlAvenant(DocumentRedige avenant) {
		return this.renderer.htmlAvenant(avenant);
	}

}
