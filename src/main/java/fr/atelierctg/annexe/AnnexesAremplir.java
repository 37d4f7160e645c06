package fr.atelierctg.annexe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.atelierctg.convention.AnnexeLu;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.VerificationConvention;

/**
 * Annexes 1 to 4 of the model carry the substance of the convention (and, filled in, let
 * it stand in for the schéma pluriannuel): one left empty is a blocking finding, linked
 * to its page.
 */
@Component
class AnnexesAremplir implements VerificationConvention {

	private static final Map<String, String> PAGES = Map.of("diagnostic", "diagnostic", "equipements", "equipements",
			"plan-actions", "plan-actions", "pilotage", "pilotage");

	private final List<AnnexeStructuree> annexes;

	AnnexesAremplir(List<AnnexeStructuree> annexes) {
		this.annexes = annexes;
	}

	@Override
	public List<Signalement> verifier(ConventionLue convention) {
		List<Signalement> signalements = new ArrayList<>();
		for (AnnexeLu annexe : convention.annexes()) {
			String page = PAGES.get(annexe.cle());
			if (page == null || !annexe.duModele()) {
				continue;
			}
			boolean remplie = this.annexes.stream()
				.anyMatch((structuree) -> structuree.cle().equals(annexe.cle()) && structuree.renseignee(convention));
			if (!remplie) {
				signalements.add(new Signalement(true,
						annexe.intitule() + " (« " + annexe.titre() + " ») n'est pas encore remplie.",
						"/conventions/" + convention.id() + "/annexes/" + page));
			}
		}
		return signalements;
	}

}
