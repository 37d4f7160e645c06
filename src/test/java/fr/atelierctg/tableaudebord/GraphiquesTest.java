package fr.atelierctg.tableaudebord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.tableaudebord.TableauDeBord.NombreParStatut;

import static org.assertj.core.api.Assertions.assertThat;

/** The geometry and the words of the dashboard's charts. */
class GraphiquesTest {

	@Test
	void laPlusLongueBarreEstCelleDuStatutLePlusFrequentEtLaDescriptionDonneChaqueValeur() {
		Graphiques.Barres barres = Graphiques
			.statuts(List.of(new NombreParStatut(StatutConvention.BROUILLON, "Brouillon", 1),
					new NombreParStatut(StatutConvention.EN_VIGUEUR, "En vigueur", 4),
					new NombreParStatut(StatutConvention.ECHUE, "Échue", 0)));

		assertThat(barres.hauteur()).isEqualTo(3 * Graphiques.Barres.LIGNE);
		assertThat(barres.barres()).extracting(Graphiques.Barre::largeur).containsExactly(53.0, 212.0, 0.0);
		assertThat(barres.description())
			.isEqualTo("Conventions par statut – Brouillon : 1 ; En vigueur : 4 ; Échue : 0.");
	}

	@Test
	void laCourbeEstEnEscalierEtOmbreLesAnneesAVenir() {
		List<Couverture.Annee> annees = List.of(annee(2025, "50.0", "50.0"), annee(2026, "25.0", "75.5"),
				annee(2027, "0.0", "100.0"));

		Graphiques.Courbe courbe = Graphiques.couverture(annees, 2026);

		// 3 bands of 165.3 between x = 52 and x = 548; y = 12 + 230 × (1 - taux / 100)
		assertThat(courbe.signees())
			.isEqualTo("52.0,127.0 217.3,127.0 217.3,184.5 382.7,184.5 382.7,242.0 548.0,242.0");
		assertThat(courbe.debutAVenir()).isEqualTo(382.7);
		assertThat(courbe.annees()).filteredOn(Graphiques.Repere::marque)
			.extracting(Graphiques.Repere::libelle)
			.containsExactly("2026");
		assertThat(courbe.description()).isEqualTo(
				"Conventions signées – 2025 : 50,0 % ; 2026 : 25,0 % ; 2027 : 0,0 %. Avec les conventions en préparation – 2025 : 50,0 % ; 2026 : 75,5 % ; 2027 : 100,0 %.");
		assertThat(Graphiques.couverture(annees, 2030).debutAVenir()).isNull();
	}

	private static Couverture.Annee annee(int annee, String signees, String avecEnPreparation) {
		LocalDate date = LocalDate.of(annee, 1, 1);
		return new Couverture.Annee(annee, new Couverture.Point(date, 0, 0, new BigDecimal(signees)),
				new Couverture.Point(date, 0, 0, new BigDecimal(avecEnPreparation)));
	}

}
