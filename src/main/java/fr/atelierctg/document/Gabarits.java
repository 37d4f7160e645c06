package fr.atelierctg.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf engine of documents, built here rather than taken from Spring MVC so that
 * it works without an application context (tests, batch) and does not depend on the web
 * settings.
 */
final class Gabarits {

	static final String CONVENTION = "document/convention";

	static final String AVENANT = "document/avenant";

	/**
	 * The {@code th:fragment} of the template holding the
	 * {@code <article class="document">}.
	 */
	static final String FRAGMENT_DOCUMENT = "document";

	static final String FEUILLE_DE_STYLE = "static/document/convention.css";

	private Gabarits() {
	}

	static ITemplateEngine moteur() {
		ClassLoaderTemplateResolver resolveur = new ClassLoaderTemplateResolver(Gabarits.class.getClassLoader());
		resolveur.setPrefix("templates/");
		resolveur.setSuffix(".html");
		resolveur.setTemplateMode(TemplateMode.HTML);
		resolveur.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolveur.setCacheable(true);
		resolveur.setCheckExistence(true);
		SpringTemplateEngine moteur = new SpringTemplateEngine();
		moteur.setEnableSpringELCompiler(true);
		moteur.setTemplateResolver(resolveur);
		return moteur;
	}

	static String feuilleDeStyle() {
		return new String(ressource(FEUILLE_DE_STYLE), StandardCharsets.UTF_8);
	}

	static byte[] ressource(String chemin) {
		try (InputStream entree = Gabarits.class.getClassLoader().getResourceAsStream(chemin)) {
			if (entree == null) {
				throw new IllegalStateException("Ressource absente du classpath : " + chemin);
			}
			return entree.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
