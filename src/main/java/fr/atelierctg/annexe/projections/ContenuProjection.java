package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A projection table's content once every typed value was read and checked: cells of the
 * period's columns, besoins, projects.
 */
record ContenuProjection(Map<LigneProjection, Map<String, BigDecimal>> valeurs, Besoins besoins, List<Projet> projets) {

	@Nullable BigDecimal valeur(LigneProjection ligne, String colonne) {
		return this.valeurs.getOrDefault(ligne, Map.of()).get(colonne);
	}

}
