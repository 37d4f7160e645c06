package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The needs in jobs and skills to reach the projections, and the other needs identified
 * (démarche IDA, difficultés, partenariat spécifique…).
 */
record Besoins(@Nullable BigDecimal etpVacants, @Nullable BigDecimal etpACreer, String competences,
		String autresBesoins) {

	static final Besoins AUCUN = new Besoins(null, null, "", "");

	boolean vides() {
		return this.etpVacants == null && this.etpACreer == null && this.competences.isBlank()
				&& this.autresBesoins.isBlank();
	}

}
