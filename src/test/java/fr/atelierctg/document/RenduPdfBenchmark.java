package fr.atelierctg.document;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time to render the PDF of a 48-signatory, 20-article convention, warm. Not a test: it
 * prints and writes figures (target/benchmark/document.txt) and asserts nothing. Run it
 * with {@code ./mvnw verify -Pbenchmark -Dtest=RenduPdfBenchmark}; see
 * docs/PERFORMANCE.md.
 */
@Tag("benchmark")
class RenduPdfBenchmark {

	private static final int ECHAUFFEMENT = 15;

	private static final int MESURES = 50;

	@Test
	void rendLeMemeDocumentCinquanteFoisApresEchauffement() throws IOException {
		DocumentRedige convention = DocumentsExemples.conventionDeVingtArticles();
		long debut = System.nanoTime();
		DocumentRenderer renderer = new DocumentRenderer();
		double demarrage = millis(System.nanoTime() - debut);
		debut = System.nanoTime();
		byte[] pdf = renderer.pdf(convention);
		double premier = millis(System.nanoTime() - debut);
		for (int i = 0; i < ECHAUFFEMENT; i++) {
			renderer.pdf(convention);
			renderer.html(convention);
		}
		double[] pdfs = new double[MESURES];
		double[] apercus = new double[MESURES];
		for (int i = 0; i < MESURES; i++) {
			debut = System.nanoTime();
			renderer.pdf(convention);
			pdfs[i] = millis(System.nanoTime() - debut);
			debut = System.nanoTime();
			renderer.html(convention);
			apercus[i] = millis(System.nanoTime() - debut);
		}
		int pages = PdfLu.lire(pdf).nombreDePages();
		String rapport = String.format(Locale.ROOT,
				"""
						Rendu d'une convention de %d signataires (%d blocs de signature), %d articles, %d annexes : %d pages, %d Ko
						Machine : %d cœurs, Java %s, charge moyenne au début %.2f
						Construction du DocumentRenderer (moteur, feuille de style, polices) : %.0f ms
						Premier PDF (JVM froide) : %.0f ms
						PDF à chaud (%d rendus après %d d’échauffement) : moyenne %.1f ms, médiane %.1f ms, p95 %.1f ms, max %.1f ms
						Aperçu HTML à chaud : moyenne %.1f ms, p95 %.1f ms
						""",
				convention.parties().size(), convention.signatures().size(), convention.articles().size(),
				convention.annexes().size(), pages, pdf.length / 1024, Runtime.getRuntime().availableProcessors(),
				Runtime.version(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), demarrage,
				premier, MESURES, ECHAUFFEMENT, moyenne(pdfs), centile(pdfs, 50), centile(pdfs, 95), centile(pdfs, 100),
				moyenne(apercus), centile(apercus, 95));
		System.out.print(rapport);
		Path dossier = Files.createDirectories(Path.of("target", "benchmark"));
		Files.writeString(dossier.resolve("document.txt"), rapport);
		Files.write(dossier.resolve("convention-48-signataires.pdf"), pdf);
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static double moyenne(double[] valeurs) {
		return Arrays.stream(valeurs).average().orElseThrow();
	}

	private static double centile(double[] valeurs, int centile) {
		double[] tries = valeurs.clone();
		Arrays.sort(tries);
		int rang = (int) Math.ceil(centile / 100.0 * tries.length);
		return tries[Math.max(0, rang - 1)];
	}

}
