package fr.atelierctg.historique;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code historique_modification} (written only by the PostgreSQL triggers). The
 * row-level security policy keeps it to the current Caf; the callers have already checked
 * that the user may see the convention.
 */
@Repository
class EntreesHistorique {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final String COLONNES = "id, tableau, ligne_id, repere, operation, champ, avant, apres, "
			+ "utilisateur_id, utilisateur_nom, horodatage";

	private final JdbcClient jdbc;

	EntreesHistorique(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of entries, newest first. */
	List<EntreeHistorique> page(long conventionId, FiltreHistorique filtre, int decalage, int taille) {
		return this.jdbc
			.sql("SELECT " + COLONNES + " FROM historique_modification WHERE " + conditions(filtre)
					+ " ORDER BY horodatage DESC, id DESC LIMIT :taille OFFSET :decalage")
			.params(parametres(conventionId, filtre))
			.param("taille", taille)
			.param("decalage", decalage)
			.query(EntreesHistorique::entree)
			.list();
	}

	long compter(long conventionId, FiltreHistorique filtre) {
		return this.jdbc.sql("SELECT count(*) FROM historique_modification WHERE " + conditions(filtre))
			.params(parametres(conventionId, filtre))
			.query(Long.class)
			.single();
	}

	/** Everybody who changed the convention, for the filter. */
	List<String> personnes(long conventionId) {
		return this.jdbc
			.sql("SELECT DISTINCT utilisateur_nom FROM historique_modification WHERE convention_id = :convention "
					+ "ORDER BY utilisateur_nom")
			.param("convention", conventionId)
			.query(String.class)
			.list();
	}

	/**
	 * The last known name of each row of a table, deleted ones included (a signatory that
	 * left, an axis): what the values that point to them are shown as.
	 */
	Map<Long, String> reperes(long conventionId, String tableau) {
		return this.jdbc
			.sql("SELECT DISTINCT ON (ligne_id) ligne_id, repere FROM historique_modification "
					+ "WHERE convention_id = :convention AND tableau = :tableau AND repere IS NOT NULL "
					+ "ORDER BY ligne_id, id DESC")
			.param("convention", conventionId)
			.param("tableau", tableau)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static String conditions(FiltreHistorique filtre) {
		StringBuilder sql = new StringBuilder("convention_id = :convention");
		if (filtre.element() != null) {
			sql.append(" AND tableau IN (:tables)");
		}
		if (filtre.personne() != null) {
			sql.append(" AND utilisateur_nom = :personne");
		}
		if (filtre.du() != null) {
			sql.append(" AND horodatage >= :du");
		}
		if (filtre.au() != null) {
			sql.append(" AND horodatage < :au");
		}
		return sql.toString();
	}

	private static Map<String, Object> parametres(long conventionId, FiltreHistorique filtre) {
		Map<String, Object> parametres = new java.util.HashMap<>();
		parametres.put("convention", conventionId);
		if (filtre.element() != null) {
			parametres.put("tables", filtre.element().tables());
		}
		if (filtre.personne() != null) {
			parametres.put("personne", filtre.personne());
		}
		if (filtre.du() != null) {
			parametres.put("du", debut(filtre.du()));
		}
		if (filtre.au() != null) {
			parametres.put("au", debut(filtre.au().plusDays(1)));
		}
		return parametres;
	}

	private static java.sql.Timestamp debut(LocalDate jour) {
		return java.sql.Timestamp.from(jour.atStartOfDay(PARIS).toInstant());
	}

	private static EntreeHistorique entree(ResultSet rs, int ligne) throws SQLException {
		return new EntreeHistorique(rs.getLong("id"), rs.getString("tableau"), rs.getLong("ligne_id"),
				rs.getString("repere"), rs.getString("operation"), rs.getString("champ"), rs.getString("avant"),
				rs.getString("apres"), rs.getObject("utilisateur_id", Long.class), rs.getString("utilisateur_nom"),
				rs.getTimestamp("horodatage").toInstant());
	}

}
