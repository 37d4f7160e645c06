package fr.atelierctg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Service;

/**
 * Lays out a {@link DocumentRedige} as the on-screen preview (HTML) and as the PDF, both
 * from the one template {@code templates/document/convention.html} and the one stylesheet
 * {@code static/document/convention.css}, so that they never diverge.
 * <p>
 * Built to grow without a rewrite:
 * <ul>
 * <li>table of contents with true page numbers: {@link OptionsRendu#AVEC_SOMMAIRE}
 * ({@code target-counter(attr(href), page)} in the PDF);</li>
 * <li>wide annex tables on landscape pages: an element of class {@code paysage}, or a
 * {@code table.large}, in an annex is placed on the named page {@code paysage};</li>
 * <li>table headers repeated on each page: annex tables are
 * {@code -fs-table-paginate};</li>
 * <li>avenants: same engine, another template next to {@code convention.html} fed by the
 * same record.</li>
 * </ul>
 * See docs/RENDERING.md. Thread-safe; a PDF renderer is created per call, the template
 * engine and the fonts are shared.
 */
@Service
public class DocumentRenderer {

	private final ITemplateEngine moteur;

	private final String feuilleDeStyle;

	private final ImpressionPdf impression;

	public DocumentRenderer() {
		this.moteur = Gabarits.moteur();
		this.feuilleDeStyle = Gabarits.feuilleDeStyle();
		this.impression = new ImpressionPdf(PolicesEmbarquees.charger());
	}

	/**
	 * The document as an HTML fragment {@code <article class="document">…</article>} for
	 * a page that links the stylesheet {@code /document/convention.css}.
	 */
	public String html(DocumentRedige document) {
		return html(document, OptionsRendu.STANDARD);
	}

	public String html(DocumentRedige document, OptionsRendu options) {
		return this.moteur.process(Gabarits.CONVENTION, Set.of(Gabarits.FRAGMENT_DOCUMENT),
				contexte(document, options));
	}

	/** The document as a PDF, A4 portrait, fonts embedded. */
	public byte[] pdf(DocumentRedige document) {
		return pdf(document, OptionsRendu.STANDARD);
	}

	public byte[] pdf(DocumentRedige document, OptionsRendu options) {
		return this.impression.imprimer(this.moteur.process(Gabarits.CONVENTION, contexte(document, options)));
	}

	/** An avenant (written by {@link DocumentApi#avenant}) as an HTML fragment. */
	public String htmlAvenant(DocumentRedige avenant) {
		return this.moteur.process(Gabarits.AVENANT, Set.of(Gabarits.FRAGMENT_DOCUMENT),
				contexte(avenant, OptionsRendu.STANDARD));
	}

	public byte[] pdfAvenant(DocumentRedige avenant) {
		return this.impression
			.imprimer(this.moteur.process(Gabarits.AVENANT, contexte(avenant, OptionsRendu.STANDARD)));
	}

	private Context contexte(DocumentRedige document, OptionsRendu options) {
		Objects.requireNonNull(document, "document");
		Context contexte = new Context(Locale.FRANCE);
		contexte.setVariable("doc", document);
		contexte.setVariable("sommaire", options.sommaire());
		contexte.setVariable("mention", options.mention());
		contexte.setVariable("lignesSignatures", parDeux(document.signatures()));
		contexte.setVariable("feuilleDeStyle", this.feuilleDeStyle);
		return contexte;
	}

	/** The signature grid has two columns. */
	private static <T> List<List<T>> parDeux(List<T> elements) {
		List<List<T>> lignes = new ArrayList<>();
		for (int i = 0; i < elements.size(); i += 2) {
			lignes.add(elements.subList(i, Math.min(i + 2, elements.size())));
		}
		return lignes;
	}

}
