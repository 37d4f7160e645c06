package fr.atelierctg.historique;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.atelierctg.support.BaseDeTest;
import fr.atelierctg.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No part of a convention escapes its history: every table that holds a convention's data
 * (a {@code convention_id} column, or a freeze trigger of V21 for the rows that reach the
 * convention through a parent) has the {@code historiser()} trigger, or is listed here
 * with the reason it has none. A table added later (versions, avenants, notifications…)
 * fails this test until someone decides.
 */
@IntegrationTest
class HistoriqueCouvertureTest {

	private static final Map<String, String> EXCLUES = Map.of("historique_modification", "l'historique lui-même",
			"convention_version", "instantanés immuables (ni modifiés ni supprimés) : chacun est déjà une trace",
			"notification", "messages adressés aux personnes, pas le contenu de la convention", "rappel_envoye",
			"mémoire technique des relances déjà envoyées", "contribution_transmise",
			"journal des contributions transmises, ajouté une fois, jamais modifié", "renouvellement_fiche",
			"décisions de reprise écrites une fois, à la création du successeur", "transition_convention",
			"journal des changements de statut, déjà append-only ; le statut est historisé sur la convention",
			"commentaire_fil",
			"les discussions ne sont pas le contenu de la convention ; elles gardent leurs auteurs et leurs dates, "
					+ "et les fils internes ne doivent rien montrer d'eux hors de leur page");

	@Test
	void chaqueTableDUneConventionEstHistoriseeOuExclueAvecUneRaison() throws SQLException {
		List<String> tables = requete("""
				SELECT DISTINCT c.table_name FROM information_schema.columns c
				JOIN information_schema.tables t USING (table_schema, table_name)
				WHERE c.table_schema = 'public' AND c.column_name = 'convention_id' AND t.table_type = 'BASE TABLE'
				UNION
				SELECT DISTINCT tg.tgrelid::regclass::text FROM pg_trigger tg
				WHERE tg.tgfoid IN ('refuser_si_convention_figee'::regproc, 'garder_convention_figee'::regproc)
				ORDER BY 1
				""");
		List<String> historisees = requete("""
				SELECT tg.tgrelid::regclass::text FROM pg_trigger tg
				WHERE tg.tgfoid = 'historiser'::regproc AND tg.tgenabled <> 'D'
				""");
		assertThat(tables).as("tables trouvées").contains("convention", "equipement", "diagnostic_chiffre");
		List<String> oubliees = new ArrayList<>();
		for (String table : tables) {
			if (!historisees.contains(table) && !EXCLUES.containsKey(table)) {
				oubliees.add(table);
			}
		}
		assertThat(oubliees)
			.as("tables d'une convention sans historique (ajoutez-les à V24 par "
					+ "historiser_table(…) dans une migration, ou excluez-les ici avec une raison)")
			.isEmpty();
		assertThat(historisees).as("signatures et copies signées historisées").contains("signature", "signature_copie");
		assertThat(EXCLUES.keySet()).as("une exclusion qui n'existe plus est à retirer").allMatch(tables::contains);
	}

	private static List<String> requete(String sql) throws SQLException {
		List<String> lignes = new ArrayList<>();
		try (Connection connexion = BaseDeTest.ouvrir();
				Statement statement = connexion.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				lignes.add(rs.getString(1));
			}
		}
		return lignes;
	}

}
