package fr.atelierctg.modele;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import fr.atelierctg.support.BaseDeTest;
import fr.atelierctg.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EditionsNationalesTest {

	@Autowired
	EditionsNationales editions;

	@Autowired
	ModeleApi modeles;

	@Test
	void chaqueFichierCnafEstUneEditionEtLaPlusRecenteEstLeModeleNational() {
		assertThat(this.modeles.editionsNationales()).extracting(ModeleConvention::edition)
			.containsExactly("CNAF-2026", "CNAF-2027");
		assertThat(this.modeles.modeleNational().edition()).isEqualTo("CNAF-2027");
		assertThat(this.modeles.editionsNationales().get(0).aAdapter())
			.contains("preambule", "champs-caf", "collaboration", "communication", "suivi", "objectifs")
			.doesNotContain("objet", "duree", "donnees");
	}

	@Test
	void lesEditionsSontEnregistreesUneSeuleFoisAvecLeurDateDeChargement() throws SQLException {
		List<String> avant = lignes();
		assertThat(avant).hasSize(2)
			.anyMatch((l) -> l.startsWith("CNAF-2026|2026-01-01|"))
			.anyMatch((l) -> l.startsWith("CNAF-2027|2027-01-01|"));
		assertThat(this.editions.enregistrer()).isZero();
		assertThat(this.editions.enregistrer()).isZero();
		assertThat(lignes()).isEqualTo(avant);
	}

	@Test
	void uneConventionGardeLesVisasDeSonEdition() {
		assertThat(this.modeles.editionDeLaConvention("CNAF-2026 + variante Caf 47 v3").visas())
			.contains("Vu la Convention d'objectifs et de gestion (Cog) arrêtée entre l'État et la Caisse "
					+ "nationale des allocations familiales (Cnaf) ;");
		assertThat(this.modeles.editionDeLaConvention("CNAF-2027").visas())
			.anyMatch((v) -> v.contains("(Cog) 2023-2027"))
			.anyMatch((v) -> v.contains("décret n° 2021-1131 du 30 août 2021"));
		assertThat(this.modeles.editionDeLaConvention("inconnue").edition()).isEqualTo("CNAF-2027");
	}

	private static List<String> lignes() throws SQLException {
		List<String> lignes = new ArrayList<>();
		try (Connection connexion = BaseDeTest.ouvrir();
				Statement sql = connexion.createStatement();
				ResultSet r = sql.executeQuery(
						"SELECT code, date_edition, chargee_le, empreinte FROM modele_edition ORDER BY code")) {
			while (r.next()) {
				lignes.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4));
			}
		}
		return lignes;
	}

}
