package fr.atelierctg.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL every integration test of a run shares: a Testcontainers PostgreSQL
 * where a Docker engine answers, otherwise a fresh database created for this run on the
 * local server ({@code ATELIER_TEST_PG_URL}, default 127.0.0.1:5432) and dropped when the
 * run ends.
 */
public final class BaseDeTest {

	private static final String SERVEUR_LOCAL = System.getenv()
		.getOrDefault("ATELIER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");

	private static final String UTILISATEUR = System.getenv().getOrDefault("ATELIER_TEST_PG_USER", "postgres");

	private static final String MOT_DE_PASSE = System.getenv().getOrDefault("ATELIER_TEST_PG_PASSWORD", "postgres");

	private static Connexion connexion;

	private BaseDeTest() {
	}

	public static synchronized Connexion connexion() {
		if (connexion == null) {
			connexion = dockerDisponible() ? conteneur() : baseLocale();
		}
		return connexion;
	}

	/** A direct JDBC connection as the login (owner) role, outside the application. */
	public static Connection ouvrir() throws SQLException {
		Connexion c = connexion();
		return DriverManager.getConnection(c.url(), c.utilisateur(), c.motDePasse());
	}

	private static boolean dockerDisponible() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	private static Connexion conteneur() {
		PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16");
		postgres.start();
		return new Connexion(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
	}

	private static Connexion baseLocale() {
		String nom = "atelier_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		executer("CREATE DATABASE " + nom);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> executer("DROP DATABASE IF EXISTS " + nom + " WITH (FORCE)")));
		return new Connexion(SERVEUR_LOCAL + nom, UTILISATEUR, MOT_DE_PASSE);
	}

	private static void executer(String sql) {
		try (Connection admin = DriverManager.getConnection(SERVEUR_LOCAL + "postgres", UTILISATEUR, MOT_DE_PASSE);
				Statement statement = admin.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"PostgreSQL de test injoignable (" + SERVEUR_LOCAL + ") : " + ex.getMessage(), ex);
		}
	}

	public record Connexion(String url, String utilisateur, String motDePasse) {
	}

}
