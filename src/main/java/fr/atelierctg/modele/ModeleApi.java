package fr.atelierctg.modele;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import fr.atelierctg.common.texte.TexteRiche;

/**
 * The models conventions start from. Today: the national CNAF 2026 model, shipped in the
 * jar.
 */
@Service
public class ModeleApi {

	static final String MODELE_NATIONAL = "modele/cnaf-2026.xml";

	private final ModeleConvention national;

	ModeleApi() {
		this.national = lire(MODELE_NATIONAL);
	}

	public ModeleConvention modeleNational() {
		return this.national;
	}

	static ModeleConvention lire(String chemin) {
		try (InputStream flux = new ClassPathResource(chemin).getInputStream()) {
			Document xml = Jsoup.parse(flux, "UTF-8", "", Parser.xmlParser());
			Element modele = xml.selectFirst("modele");
			return new ModeleConvention(modele.attr("edition"), modele.attr("libelle"), modele.attr("titre"),
					xml.select("visas > visa").eachText(), texte(xml.selectFirst("preambule"), "preambule"),
					xml.select("modele > article").stream().map((e) -> texte(e, e.attr("cle"))).toList(),
					xml.select("options[cle=presidence_copil] > option")
						.stream()
						.map((e) -> new ModeleConvention.OptionModele(e.attr("valeur"), e.attr("libelle"), corps(e)))
						.toList(),
					corps(xml.selectFirst("bloc[cle=ctg_dans_ma_poche]")),
					xml.select("partenaire")
						.stream()
						.map((e) -> new ModeleConvention.PartenaireModele(e.attr("categorie"), e.attr("nom"),
								e.attr("titre"), corps(e)))
						.toList(),
					xml.select("annexe").stream().map((e) -> texte(e, e.attr("cle"))).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Modèle illisible : " + chemin, ex);
		}
	}

	private static ModeleConvention.TexteModele texte(Element element, String cle) {
		return new ModeleConvention.TexteModele(cle, element.attr("titre"), corps(element));
	}

	/** The body as safe HTML: bare text (an option sentence) becomes a paragraph. */
	private static String corps(Element element) {
		return TexteRiche.nettoyer(element.html());
	}

}
