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
 * Caf of the request is known.
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
		try (PreparedStatement statement = connection
			.prepareStatement("select set_config('app.tenant', ?, false), set_config('app.collectivite', ?, false)")) {
			statement.setString(1, caf);
			statement.setString(2, String.valueOf(TenantContext.pourUneCollectivite()));
			statement.execute();
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}

}
