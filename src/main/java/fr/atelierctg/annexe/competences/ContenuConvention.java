package fr.atelierctg.annexe.competences;

import java.util.ArrayList;
import java.util.List;

/**
 * What the convention holds that lets it stand in for the schéma pluriannuel of art. L.
 * 214-2 CASF (décret n° 2025-253 du 20 mars 2025; article "Champs d'intervention de la
 * commune" of the CNAF 2026 model): annexes 1 to 4 and the follow-up indicators.
 */
public record ContenuConvention(boolean diagnostic, boolean equipements, boolean planActions, boolean pilotage,
		boolean indicateursSuivi) {

	public static ContenuConvention complet() {
		return new ContenuConvention(true, true, true, true, true);
	}

	public boolean tientLieuDeSchema() {
		return manquants().isEmpty();
	}

	/**
	 * What is missing, in the order of the model: "le diagnostic partagé (annexe 1)", …
	 */
	public List<String> manquants() {
		List<String> manquants = new ArrayList<>();
		if (!this.diagnostic) {
			manquants.add("le diagnostic partagé (annexe 1)");
		}
		if (!this.equipements) {
			manquants.add("la liste des équipements et services soutenus (annexe 2)");
		}
		if (!this.planActions) {
			manquants.add("le plan d'actions (annexe 3)");
		}
		if (!this.pilotage) {
			manquants.add("les modalités de pilotage (annexe 4)");
		}
		if (!this.indicateursSuivi) {
			manquants.add("les indicateurs de suivi et d'évaluation");
		}
		return List.copyOf(manquants);
	}

}
