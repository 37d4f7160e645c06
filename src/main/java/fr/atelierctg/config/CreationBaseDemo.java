package fr.atelierctg.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Demo profile only: creates the application database on the PostgreSQL server when it is
 * missing, before anything connects to it, so that `./mvnw spring-boot:run` works on a
 * machine with a bare local PostgreSQL.
 */
class CreationBaseDemo implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(CreationBaseDemo.class);

	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(.*)");

	private final Environment environment;

	private boolean fait;

	CreationBaseDemo(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource && !this.fait) {
			this.fait = true;
			creerSiAbsente();
		}
		return bean;
	}

	private void creerSiAbsente() {
		String url = this.environment.getProperty("spring.datasource.url", "");
		Matcher decoupe = URL.matcher(url);
		if (!decoupe.matches()) {
			return;
		}
		String base = decoupe.group(2);
		try (Connection connexion = DriverManager.getConnection(decoupe.group(1) + "postgres" + decoupe.group(3),
				this.environment.getProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password"))) {
			try (PreparedStatement existe = connexion.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				existe.setString(1, base);
				try (ResultSet resultat = existe.executeQuery()) {
					if (resultat.next()) {
						return;
					}
				}
			}
			try (Statement creation = connexion.createStatement()) {
				creation.execute("CREATE DATABASE " + base);
				logger.info("Base de données « " + base + " » créée pour la démonstration");
			}
		}
		catch (SQLException ex) {
			logger.warn("Impossible de vérifier ou de créer la base « " + base + " » : " + ex.getMessage());
		}
	}

}
