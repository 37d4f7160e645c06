package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A projection table as read for the current period.
 *
 * @param zone "" for the AO's whole territory
 * @param version 0 for a table never saved
 * @param valeurs by row, then by column of the period ("actuel", "2027"): only the cells
 * that hold a value
 * @param horsPeriode the years outside the period that still hold values (kept, not
 * shown)
 */
record TableauLu(String codeAo, String zone, long version, Map<LigneProjection, Map<String, BigDecimal>> valeurs,
		Besoins besoins, List<Projet> projets, List<String> horsPeriode) {

	static TableauLu vide(String codeAo, String zone) {
		return new TableauLu(codeAo, zone, 0, Map.of(), Besoins.AUCUN, List.of(), List.of());
	}

	@Nullable BigDecimal valeur(LigneProjection ligne, String colonne) {
		return this.valeurs.getOrDefault(ligne, Map.of()).get(colonne);
	}

	boolean renseigne() {
		return this.valeurs.values().stream().anyMatch((ligne) -> !ligne.isEmpty()) || !this.besoins.vides()
				|| !this.projets.isEmpty();
	}

	boolean territoireEntier() {
		return this.zone.isEmpty();
	}

}
