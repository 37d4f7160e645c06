package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;

import fr.atelierctg.referentiel.NomRecherche;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads the national referential extract (see scripts/referentiel) with COPY: about
 * 36,000 rows in well under a second.
 */
public class V2_1__referentiel_donnees extends BaseJavaMigration {

	private static final String SOURCE = "Etalab, @etalab/decoupage-administratif 6.0.0 (INSEE, populations légales)";

	@Override
	public void migrate(Context context) throws Exception {
		CopyManager copie = context.getConnection().unwrap(PGConnection.class).getCopyAPI();
		copier(copie, "departements", "departement (code, nom, type_liaison, code_region, chef_lieu)", -1);
		copier(copie, "communes",
				"commune (code_insee, nom, type_liaison, code_departement, siren, codes_postaux, population, nom_recherche)",
				1);
		copierEpci(copie);
		try (Statement statement = context.getConnection().createStatement()) {
			for (String jeu : new String[] { "departements", "communes", "epci" }) {
				statement.execute("INSERT INTO referentiel_source (jeu, source, millesime) VALUES ('" + jeu + "', '"
						+ SOURCE + "', 2026)");
			}
		}
	}

	/**
	 * Copies a file as is, adding the searchable form of column {@code colonneNom} when
	 * >= 0.
	 */
	private static void copier(CopyManager copie, String fichier, String cible, int colonneNom) throws Exception {
		StringBuilder lignes = new StringBuilder();
		try (BufferedReader lecteur = lire(fichier)) {
			lecteur.readLine();
			for (String ligne = lecteur.readLine(); ligne != null; ligne = lecteur.readLine()) {
				lignes.append(ligne.replace("|", " "));
				if (colonneNom >= 0) {
					lignes.append(';').append(NomRecherche.normaliser(ligne.split(";", -1)[colonneNom]));
				}
				lignes.append('\n');
			}
		}
		copie.copyIn("COPY " + cible + " FROM STDIN WITH (FORMAT csv, DELIMITER ';', QUOTE E'\\x01')",
				new StringReader(lignes.toString()));
	}

	private static void copierEpci(CopyManager copie) throws Exception {
		StringBuilder epci = new StringBuilder();
		StringBuilder membres = new StringBuilder();
		try (BufferedReader lecteur = lire("epci")) {
			lecteur.readLine();
			for (String ligne = lecteur.readLine(); ligne != null; ligne = lecteur.readLine()) {
				String[] cellules = ligne.split(";", -1);
				epci.append(String.join(";", cellules[0], cellules[1], cellules[2], cellules[3]))
					.append(';')
					.append(NomRecherche.normaliser(cellules[1]))
					.append('\n');
				for (String membre : cellules[4].split("\\|")) {
					membres.append(cellules[0]).append(';').append(membre).append('\n');
				}
			}
		}
		copie.copyIn(
				"COPY epci (siren, nom, type, population, nom_recherche) FROM STDIN WITH (FORMAT csv, DELIMITER ';', QUOTE E'\\x01')",
				new StringReader(epci.toString()));
		copie.copyIn(
				"COPY epci_membre (epci_siren, code_insee) FROM STDIN WITH (FORMAT csv, DELIMITER ';', QUOTE E'\\x01')",
				new StringReader(membres.toString()));
	}

	private static BufferedReader lire(String fichier) throws IOException {
		InputStream flux = V2_1__referentiel_donnees.class.getResourceAsStream("/referentiel/" + fichier + ".csv.gz");
		if (flux == null) {
			throw new IllegalStateException("Extrait du référentiel introuvable : " + fichier);
		}
		return new BufferedReader(new InputStreamReader(new GZIPInputStream(flux), StandardCharsets.UTF_8));
	}

}
