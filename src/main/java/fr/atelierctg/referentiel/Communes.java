package fr.atelierctg.referentiel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of table commune (read-only; indexes in V2_2__referentiel_recherche). */
@Repository
class Communes {

	private static final String COLONNES = "c.code_insee, c.siren, c.nom, c.type_liaison, c.code_departement, c.population, c.codes_postaux";

	/**
	 * Exact names first, then names starting with the text (an article aside: "mans"
	 * finds "Le Mans"), then names with a later word starting with it; the most populated
	 * first.
	 */
	private static final String PAR_NOM = """
			SELECT %s
			FROM commune c
			WHERE c.nom_recherche LIKE ANY (:prefixes) OR c.nom_recherche LIKE ANY (:motsPrefixes)
			ORDER BY CASE WHEN c.nom_recherche = ANY (:exacts) THEN 0
			              WHEN c.nom_recherche LIKE ANY (:prefixes) THEN 1
			              ELSE 2 END,
			         c.population DESC NULLS LAST, length(c.nom_recherche), c.nom_recherche
			LIMIT :limite
			""".formatted(COLONNES);

	/**
	 * Typos, for what {@link #PAR_NOM} did not find: names with whole words close to the
	 * text (pg_trgm's strict word similarity, operator {@code <<%}, default threshold
	 * 0.5). It finds "Marmande" for "marmende" as the plain similarity (operator
	 * {@code %}) does, and costs a tenth of it for texts made of common trigrams ("le mas
	 * d", "st etiene").
	 */
	private static final String PAR_NOM_APPROCHE = """
			SELECT %s
			FROM commune c
			WHERE :texte <<%% c.nom_recherche
			  AND NOT (c.nom_recherche LIKE ANY (:prefixes) OR c.nom_recherche LIKE ANY (:motsPrefixes))
			ORDER BY strict_word_similarity(:texte, c.nom_recherche) DESC, similarity(c.nom_recherche, :texte) DESC,
			         c.population DESC NULLS LAST, c.nom_recherche
			LIMIT :limite
			""".formatted(COLONNES);

	/**
	 * The commune with this INSEE code, then those with this postcode, then beginnings.
	 */
	private static final String PAR_CODE = """
			SELECT %s
			FROM commune c
			WHERE c.code_insee LIKE :prefixe OR c.codes_postaux LIKE :prefixe OR c.codes_postaux LIKE :prefixeSuivant
			ORDER BY CASE WHEN c.code_insee = :code THEN 0
			              WHEN :code = ANY (string_to_array(c.codes_postaux, ' ')) THEN 1
			              ELSE 2 END,
			         c.population DESC NULLS LAST, c.nom_recherche
			LIMIT :limite
			""".formatted(COLONNES);

	private static final String PAR_SIREN = """
			SELECT %s
			FROM commune c
			WHERE c.siren LIKE :prefixe
			ORDER BY c.siren = :code DESC, c.population DESC NULLS LAST, c.siren
			LIMIT :limite
			""".formatted(COLONNES);

	private final JdbcClient jdbc;

	Communes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CommuneRef> rechercher(Saisie saisie, int limite) {
		return switch (saisie.nature()) {
			case VIDE -> List.of();
			case CODE -> parCode(PAR_CODE, saisie, limite);
			case SIREN -> parCode(PAR_SIREN, saisie, limite);
			case NOM -> parNom(saisie, limite);
		};
	}

	private List<CommuneRef> parNom(Saisie saisie, int limite) {
		List<CommuneRef> trouvees = new ArrayList<>(parNom(PAR_NOM, saisie.texte(), saisie, limite));
		Optional<String> approche = saisie.approche(Saisie.ARTICLES);
		if (trouvees.size() < limite && approche.isPresent()) {
			trouvees.addAll(parNom(PAR_NOM_APPROCHE, approche.get(), saisie, limite - trouvees.size()));
		}
		return trouvees;
	}

	private List<CommuneRef> parNom(String sql, String texte, Saisie saisie, int limite) {
		return this.jdbc.sql(sql)
			.param("texte", texte)
			.param("exacts", saisie.exacts(Saisie.ARTICLES))
			.param("prefixes", saisie.prefixes(Saisie.ARTICLES))
			.param("motsPrefixes", saisie.motsPrefixes())
			.param("limite", limite)
			.query(Communes::commune)
			.list();
	}

	private List<CommuneRef> parCode(String sql, Saisie saisie, int limite) {
		return this.jdbc.sql(sql)
			.param("code", saisie.texte())
			.param("prefixe", saisie.prefixeDeCode())
			.param("prefixeSuivant", saisie.prefixeDeCodeSuivant())
			.param("limite", limite)
			.query(Communes::commune)
			.list();
	}

	Optional<CommuneRef> parCodeInsee(String codeInsee) {
		return this.jdbc.sql("SELECT " + COLONNES + " FROM commune c WHERE c.code_insee = :code")
			.param("code", codeInsee)
			.query(Communes::commune)
			.optional();
	}

	Optional<CommuneRef> parSiren(String siren) {
		return this.jdbc.sql("SELECT " + COLONNES + " FROM commune c WHERE c.siren = :siren")
			.param("siren", siren)
			.query(Communes::commune)
			.optional();
	}

	/** The member communes of an EPCI, in alphabetical order (accents aside). */
	List<CommuneRef> membres(String sirenEpci) {
		return this.jdbc.sql("""
				SELECT %s
				FROM epci_membre m JOIN commune c ON c.code_insee = m.code_insee
				WHERE m.epci_siren = :siren
				ORDER BY c.nom_recherche COLLATE "C", c.code_insee
				""".formatted(COLONNES)).param("siren", sirenEpci).query(Communes::commune).list();
	}

	/** The communes with these INSEE codes, in alphabetical order (accents aside). */
	List<CommuneRef> parCodesInsee(Collection<String> codesInsee) {
		return this.jdbc.sql("""
				SELECT %s
				FROM commune c
				WHERE c.code_insee = ANY (:codes)
				ORDER BY c.nom_recherche COLLATE "C", c.code_insee
				""".formatted(COLONNES))
			.param("codes", codesInsee.toArray(String[]::new))
			.query(Communes::commune)
			.list();
	}

	private static CommuneRef commune(ResultSet ligne, int numero) throws SQLException {
		return new CommuneRef(ligne.getString("code_insee"), ligne.getString("siren"), ligne.getString("nom"),
				ligne.getInt("type_liaison"), ligne.getString("code_departement"),
				ligne.getObject("population", Integer.class), ligne.getString("codes_postaux"));
	}

}
