package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.atelierctg.convention.Periode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart of places: one bar segment per year and mode of care, labelled and described.
 */
class GraphiquePlacesTest {

	private static final List<String> COLONNES = Colonnes
		.de(new Periode(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31)));

	@Test
	void dessineUneBarreParAnneeEtParModeDAccueil() {
		Map<LigneProjection, Map<String, BigDecimal>> valeurs = new EnumMap<>(LigneProjection.class);
		for (LigneProjection ligne : LigneProjection.values()) {
			Map<String, BigDecimal> parColonne = new LinkedHashMap<>();
			for (int i = 0; i < COLONNES.size(); i++) {
				parColonne.put(COLONNES.get(i), BigDecimal.valueOf(10L + i));
			}
			valeurs.put(ligne, parColonne);
		}
		String svg = GraphiquePlaces.svg("g1", "Marmande & co", COLONNES,
				new TableauLu("47157", "", 1, valeurs, Besoins.AUCUN, List.of(), List.of()));

		for (String colonne : COLONNES) {
			for (String mode : List.of("EAJE_PSU", "MICRO_CRECHE_PAJE", "MAM", "ASSISTANTS_MATERNELS")) {
				assertThat(svg).contains("data-mode=\"" + mode + "\" data-colonne=\"" + colonne + "\"");
			}
		}
		// the RPE (ETP) and the passerelles (devices) are not places
		assertThat(svg).doesNotContain("data-mode=\"RPE\"").doesNotContain("data-mode=\"PASSERELLES\"");
		assertThat(occurrences(svg, "<rect class=\"barre\"")).isEqualTo(COLONNES.size() * 4);
		assertThat(svg).contains("role=\"img\"")
			.contains("aria-labelledby=\"g1-titre g1-desc\"")
			.contains(
					"<title id=\"g1-titre\">Places d&#39;accueil par année et par mode d&#39;accueil – Marmande &amp; co</title>")
			.contains("Actuel : 40 ; 2025 : 44")
			.contains("MAM – 2027 : 13 places")
			.contains(">Nombre de places</text>")
			.contains(">Année</text>")
			.contains(">Assistants maternels</text>");
	}

	@Test
	void lesBarresEmpileesSontProportionnellesAuxPlaces() {
		Map<LigneProjection, Map<String, BigDecimal>> valeurs = new EnumMap<>(LigneProjection.class);
		valeurs.put(LigneProjection.EAJE_PSU, Map.of("actuel", new BigDecimal("20"), "2025", new BigDecimal("40")));
		String svg = GraphiquePlaces.svg("g", "X", COLONNES,
				new TableauLu("47157", "", 1, valeurs, Besoins.AUCUN, List.of(), List.of()));
		assertThat(hauteur(svg, "2025")).isEqualTo(2 * hauteur(svg, "actuel"),
				org.assertj.core.data.Offset.offset(0.2));
	}

	@Test
	void rienSansPlaces() {
		Map<LigneProjection, Map<String, BigDecimal>> valeurs = new EnumMap<>(LigneProjection.class);
		valeurs.put(LigneProjection.RPE, Map.of("actuel", new BigDecimal("1.5")));
		assertThat(GraphiquePlaces.svg("g", "X", COLONNES,
				new TableauLu("47157", "", 1, valeurs, Besoins.AUCUN, List.of(), List.of())))
			.isEmpty();
	}

	@Test
	void choisitUnPasRond() {
		assertThat(GraphiquePlaces.pas(0)).isEqualTo(1);
		assertThat(GraphiquePlaces.pas(7)).isEqualTo(1);
		assertThat(GraphiquePlaces.pas(15)).isEqualTo(2);
		assertThat(GraphiquePlaces.pas(37)).isEqualTo(5);
		assertThat(GraphiquePlaces.pas(180)).isEqualTo(50);
		assertThat(GraphiquePlaces.pas(1300)).isEqualTo(200);
	}

	private static double hauteur(String svg, String colonne) {
		Matcher m = Pattern.compile("data-colonne=\"" + colonne + "\"[^>]*height=\"([0-9.]+)\"").matcher(svg);
		assertThat(m.find()).isTrue();
		return Double.parseDouble(m.group(1));
	}

	private static int occurrences(String texte, String motif) {
		return texte.split(Pattern.quote(motif), -1).length - 1;
	}

}
