package fr.atelierctg.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Passes the current Caf to PostgreSQL ({@code app.tenant}) on every connection checkout,
 * so the row-level security policies see the same tenant as Hibernate; and whether the
 * user works for a collectivité ({@code app.collectivite}: {@code 'true'} or
 * {@code 'false'}), so that what the Caf keeps internal (comments) stays hidden from it.
 * Connections come from the pool once per transaction (open-in-view is off), while the
 * Caf of the request is known. The signed-in user ({@code app.utilisateur},
 * {@code app.utilisateur_nom}) is passed too, for the history of conventions recorded by
 * PostgreSQL triggers; empty for system tasks (scheduled jobs, demo loader).
 */
class RowLevelSecurityDataSource extends DelegatingDataSource {

	RowLevelSecurityDataSource(DataSource cible) {
		super(cible);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return marquer(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return marquer(super.getConnection(username, password));
	}

	private static Connection marquer(Connection connection) throws SQLException {
		String caf = TenantContext.cafCourante().map(String::valueOf).orElse("");
		// a system task acting with a role but without an account (id 0: the demo loader)
		// is not a person
		UtilisateurConnecte utilisateur = TenantContext.utilisateur().filter((u) -> u.id() > 0).orElse(null);
		try (PreparedStatement statement = connection
			.prepareStatement("select set_config('app.tenant', ?, false), set_config('app.collectivite', ?, false),"
					+ " set_config('app.utilisateur', ?, false), set_config('app.utilisateur_nom', ?, false)")) {
			statement.setString(1, caf);
			statement.setString(2, String.valueOf(TenantContext.pourUneCollectivite()));
			statement.setString(3, (utilisateur != null) ? String.valueOf(utilisateur.id()) : "");
			statement.setString(4, (utilisateur != null) ? utilisateur.nomComplet() : "");
			statement.execute();
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}

}
