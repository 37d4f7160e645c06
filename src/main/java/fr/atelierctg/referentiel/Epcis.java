package fr.atelierctg.referentiel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.atelierctg.common.francais.Liaison;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of tables epci and epci_membre (read-only; indexes in
 * V2_2__referentiel_recherche).
 */
@Repository
class Epcis {

	/**
	 * Like the communes (see {@link Communes}), the abbreviation aside: "val de garonne"
	 * is the exact name of "CA Val de Garonne Agglomération" without its last word.
	 */
	private static final String PAR_NOM = """
			SELECT e.siren, e.nom, e.type, e.population
			FROM epci e
			WHERE e.nom_recherche LIKE ANY (:prefixes) OR e.nom_recherche LIKE ANY (:motsPrefixes)
			ORDER BY CASE WHEN e.nom_recherche = ANY (:exacts) THEN 0
			              WHEN e.nom_recherche LIKE ANY (:prefixes) THEN 1
			              ELSE 2 END,
			         e.population DESC, e.nom_recherche
			LIMIT :limite
			""";

	/** Typos, as for the communes. */
	private static final String PAR_NOM_APPROCHE = """
			SELECT e.siren, e.nom, e.type, e.population
			FROM epci e
			WHERE :texte <<% e.nom_recherche
			  AND NOT (e.nom_recherche LIKE ANY (:prefixes) OR e.nom_recherche LIKE ANY (:motsPrefixes))
			ORDER BY strict_word_similarity(:texte, e.nom_recherche) DESC, similarity(e.nom_recherche, :texte) DESC,
			         e.population DESC, e.nom_recherche
			LIMIT :limite
			""";

	/**
	 * The EPCI of the communes whose INSEE code or postcode starts with the text ("47":
	 * those of Lot-et-Garonne); those of an exact code first.
	 */
	private static final String PAR_CODE_DE_COMMUNE = """
			SELECT e.siren, e.nom, e.type, e.population
			FROM epci e
			JOIN epci_membre m ON m.epci_siren = e.siren
			JOIN commune c ON c.code_insee = m.code_insee
			WHERE c.code_insee LIKE :prefixe OR c.codes_postaux LIKE :prefixe OR c.codes_postaux LIKE :prefixeSuivant
			GROUP BY e.siren
			ORDER BY min(CASE WHEN c.code_insee = :code OR :code = ANY (string_to_array(c.codes_postaux, ' '))
			                  THEN 0 ELSE 1 END),
			         e.population DESC, e.siren
			LIMIT :limite
			""";

	private static final String PAR_SIREN = """
			SELECT e.siren, e.nom, e.type, e.population
			FROM epci e
			WHERE e.siren LIKE :prefixe
			ORDER BY e.siren = :code DESC, e.population DESC, e.siren
			LIMIT :limite
			""";

	private final JdbcClient jdbc;

	Epcis(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<EpciRef> rechercher(Saisie saisie, int limite) {
		List<Epci> trouves = switch (saisie.nature()) {
			case VIDE -> List.of();
			case CODE -> parCode(PAR_CODE_DE_COMMUNE, saisie, limite);
			case SIREN -> parCode(PAR_SIREN, saisie, limite);
			case NOM -> parNom(saisie, limite);
		};
		return avecMembres(trouves);
	}

	Optional<EpciRef> parSiren(String siren) {
		return this.jdbc.sql("SELECT e.siren, e.nom, e.type, e.population FROM epci e WHERE e.siren = :siren")
			.param("siren", siren)
			.query(Epcis::epci)
			.optional()
			.map((epci) -> avecMembres(List.of(epci)).getFirst());
	}

	private List<Epci> parNom(Saisie saisie, int limite) {
		List<Epci> trouves = new ArrayList<>(parNom(PAR_NOM, saisie.texte(), saisie, limite));
		Optional<String> approche = saisie.approche(Saisie.SIGLES);
		if (trouves.size() < limite && approche.isPresent()) {
			trouves.addAll(parNom(PAR_NOM_APPROCHE, approche.get(), saisie, limite - trouves.size()));
		}
		return trouves;
	}

	private List<Epci> parNom(String sql, String texte, Saisie saisie, int limite) {
		return this.jdbc.sql(sql)
			.param("texte", texte)
			.param("exacts", saisie.exacts(Saisie.SIGLES))
			.param("prefixes", saisie.prefixes(Saisie.SIGLES))
			.param("motsPrefixes", saisie.motsPrefixes())
			.param("limite", limite)
			.query(Epcis::epci)
			.list();
	}

	private List<Epci> parCode(String sql, Saisie saisie, int limite) {
		return this.jdbc.sql(sql)
			.param("code", saisie.texte())
			.param("prefixe", saisie.prefixeDeCode())
			.param("prefixeSuivant", saisie.prefixeDeCodeSuivant())
			.param("limite", limite)
			.query(Epcis::epci)
			.list();
	}

	/**
	 * The members of all the EPCI of a page, in one query on the primary key of
	 * epci_membre (ordered by name, it would read the whole commune table).
	 */
	private List<EpciRef> avecMembres(List<Epci> epcis) {
		if (epcis.isEmpty()) {
			return List.of();
		}
		Map<String, List<String>> membres = new LinkedHashMap<>();
		epcis.forEach((epci) -> membres.put(epci.siren(), new ArrayList<>()));
		RowCallbackHandler ajouter = (ligne) -> membres.get(ligne.getString("epci_siren"))
			.add(ligne.getString("code_insee"));
		this.jdbc.sql("""
				SELECT m.epci_siren, m.code_insee
				FROM epci_membre m
				WHERE m.epci_siren = ANY (:sirens)
				ORDER BY m.epci_siren, m.code_insee
				""").param("sirens", sirens(epcis)).query(ajouter);
		return epcis.stream().map((epci) -> epci.avec(membres.get(epci.siren()))).toList();
	}

	private static String[] sirens(Collection<Epci> epcis) {
		return epcis.stream().map(Epci::siren).toArray(String[]::new);
	}

	private static Epci epci(ResultSet ligne, int numero) throws SQLException {
		return new Epci(ligne.getString("siren"), ligne.getString("nom"), ligne.getString("type"),
				ligne.getInt("population"));
	}

	private record Epci(String siren, String nom, String type, int population) {

		EpciRef avec(List<String> membres) {
			return new EpciRef(this.siren, this.nom, this.type, this.population, Liaison.deviner(this.nom).ordinal(),
					membres);
		}

	}

}
