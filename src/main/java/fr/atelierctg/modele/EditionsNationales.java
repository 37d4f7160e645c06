package fr.atelierctg.modele;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.atelierctg.common.texte.TexteRiche;

/**
 * The national editions shipped in the jar: every {@code modele/cnaf-*.xml}, oldest
 * first. At startup each one is registered in {@code modele_edition} (once: a known code
 * keeps its first load date), so that a Caf administrator sees when a new edition
 * arrived.
 */
@Component
class EditionsNationales implements SmartInitializingSingleton {

	/**
	 * Where the editions are read; the demo and the tests add the sample edition of
	 * {@code modele/exemples/} (an invented "2027" that must never become the model of a
	 * real Caf).
	 */
	static final String EMPLACEMENT = "classpath*:modele/cnaf-*.xml";

	private static final Log logger = LogFactory.getLog(EditionsNationales.class);

	private final List<Edition> editions;

	private final JdbcTemplate jdbc;

	EditionsNationales(JdbcTemplate jdbc,
			@org.springframework.beans.factory.annotation.Value("${atelier.modele.editions:" + EMPLACEMENT
					+ "}") String[] emplacements) {
		this.jdbc = jdbc;
		this.editions = charger(emplacements);
	}

	/** A national edition and the file it comes from. */
	record Edition(ModeleConvention modele, String fichier, String empreinte) {

		String code() {
			return this.modele.edition();
		}

	}

	List<Edition> toutes() {
		return this.editions;
	}

	Edition derniere() {
		return this.editions.get(this.editions.size() - 1);
	}

	Optional<Edition> edition(String code) {
		return this.editions.stream().filter((e) -> e.code().equals(code)).findFirst();
	}

	@Override
	public void afterSingletonsInstantiated() {
		enregistrer();
	}

	/** Idempotent: an edition already registered is left as it is. */
	int enregistrer() {
		int nouvelles = 0;
		for (Edition edition : this.editions) {
			nouvelles += this.jdbc.update("""
					INSERT INTO modele_edition (code, libelle, date_edition, fichier, empreinte)
					VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""", edition.code(), edition.modele().libelle(),
					edition.modele().date(), edition.fichier(), edition.empreinte());
		}
		if (nouvelles > 0) {
			logger.info(nouvelles + " édition(s) nationale(s) du modèle enregistrée(s)");
		}
		return nouvelles;
	}

	/** The registered editions, oldest first, flagged when newer than the given base. */
	List<EditionLue> enregistrees(Optional<String> base) {
		Optional<LocalDate> dateBase = base.flatMap(this::edition).map((e) -> e.modele().date());
		return this.jdbc.query(
				"SELECT code, libelle, date_edition, chargee_le FROM modele_edition ORDER BY date_edition, code",
				(ligne, i) -> {
					LocalDate date = ligne.getObject("date_edition", LocalDate.class);
					return new EditionLue(ligne.getString("code"), ligne.getString("libelle"), date,
							ligne.getTimestamp("chargee_le").toInstant(), dateBase.map(date::isAfter).orElse(false));
				});
	}

	private static List<Edition> charger(String[] emplacements) {
		try {
			List<Edition> editions = new ArrayList<>();
			List<Resource> fichiers = new ArrayList<>();
			for (String emplacement : emplacements) {
				fichiers.addAll(List.of(new PathMatchingResourcePatternResolver().getResources(emplacement.strip())));
			}
			for (Resource fichier : fichiers) {
				byte[] contenu;
				try (InputStream flux = fichier.getInputStream()) {
					contenu = flux.readAllBytes();
				}
				editions.add(new Edition(lire(new String(contenu, StandardCharsets.UTF_8)), fichier.getFilename(),
						sha256(contenu)));
			}
			if (editions.isEmpty()) {
				throw new IllegalStateException(
						"Aucune édition du modèle national dans " + String.join(", ", emplacements));
			}
			editions.sort(Comparator.comparing((Edition e) -> e.modele().date()).thenComparing(Edition::code));
			return List.copyOf(editions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Modèles nationaux illisibles", ex);
		}
	}

	static ModeleConvention lire(String texteXml) {
		Document xml = Jsoup.parse(texteXml, "", Parser.xmlParser());
		Element modele = xml.selectFirst("modele");
		Set<String> aAdapter = new LinkedHashSet<>();
		xml.select("preambule[a-adapter=oui], modele > article[a-adapter=oui]")
			.forEach((e) -> aAdapter.add(e.is("preambule") ? "preambule" : e.attr("cle")));
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
				xml.select("annexe").stream().map((e) -> texte(e, e.attr("cle"))).toList(),
				LocalDate.parse(modele.attr("date")), Set.copyOf(aAdapter));
	}

	private static ModeleConvention.TexteModele texte(Element element, String cle) {
		return new ModeleConvention.TexteModele(cle, element.attr("titre"), corps(element));
	}

	/** The body as safe HTML: bare text (an option sentence) becomes a paragraph. */
	private static String corps(Element element) {
		return TexteRiche.nettoyer(element.html());
	}

	private static String sha256(byte[] contenu) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
