package fr.atelierctg.document;

import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The TrueType fonts shipped in the jar (Liberation Sans, metrics of Arial, every French
 * character including « », œ, € and the narrow no-break space), parsed once and embedded
 * as subsets.
 */
final class PolicesEmbarquees {

	/** The family name the stylesheet uses. */
	static final String FAMILLE = "Liberation Sans";

	private static final String DOSSIER = "fonts/liberation/";

	private static final String GRAS = DOSSIER + "LiberationSans-Bold.ttf";

	private static final List<String> FICHIERS = List.of(DOSSIER + "LiberationSans-Regular.ttf", GRAS,
			DOSSIER + "LiberationSans-Italic.ttf", DOSSIER + "LiberationSans-BoldItalic.ttf");

	private final List<Police> polices;

	private final Queue<ITextFontResolver> disponibles = new ConcurrentLinkedQueue<>();

	private PolicesEmbarquees(List<Police> polices) {
		this.polices = polices;
	}

	static PolicesEmbarquees charger() {
		return new PolicesEmbarquees(FICHIERS.stream().map(PolicesEmbarquees::lire).toList());
	}

	/**
	 * A resolver with the fonts registered, for one renderer; give it back with
	 * {@link #rendre}.
	 */
	ITextFontResolver emprunter() {
		ITextFontResolver resolveur = this.disponibles.poll();
		return (resolveur != null) ? resolveur : nouveauResolveur();
	}

	void rendre(ITextFontResolver resolveur) {
		this.disponibles.offer(resolveur);
	}

	private ITextFontResolver nouveauResolveur() {
		ITextFontResolver resolveur = new ITextFontResolver();
		for (Police police : this.polices) {
			resolveur.addFont(police.baseFont(), police.chemin(), FAMILLE);
		}
		return resolveur;
	}

	BaseFont grasse() {
		return this.polices.stream()
			.filter((police) -> police.chemin().equals(GRAS))
			.findFirst()
			.orElseThrow()
			.baseFont();
	}

	private static Police lire(String chemin) {
		try {
			byte[] octets = Gabarits.ressource(chemin);
			return new Police(chemin, BaseFont.createFont(chemin, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
					BaseFont.NOT_CACHED, octets, null));
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("Police illisible : " + chemin, ex);
		}
	}

	private record Police(String chemin, BaseFont baseFont) {
	}

}
