package fr.atelierctg.annexe.competences;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.atelierctg.annexe.AutoritesOrganisatrices;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;

/**
 * The AO holding the planning competence (3°), from the stored table: the communes
 * exercising it themselves (mandatorily or à titre facultatif), then the EPCI to which at
 * least one commune of the table transfers it.
 */
@Component
class AutoritesOrganisatricesDuTableau implements AutoritesOrganisatrices {

	private final CompetencesApi competences;

	AutoritesOrganisatricesDuTableau(CompetencesApi competences) {
		this.competences = competences;
	}

	@Override
	public List<AutoritePlanification> planification(ConventionLue convention) {
		TableauAo tableau = this.competences.presentation(convention);
		List<AutoritePlanification> autorites = new ArrayList<>();
		for (LigneAo commune : tableau.communes()) {
			Exercice exercice = commune.exercice(Competence.PLANIFIER);
			if (exercice != null && exercice.parLaCommune()) {
				autorites.add(new AutoritePlanification(commune.code(), commune.nom(), commune.signataireId()));
			}
		}
		for (LigneAo groupement : tableau.groupements()) {
			LigneAo.Transferts transferts = groupement.transferts(Competence.PLANIFIER);
			if (transferts != null && transferts.communes() > 0) {
				autorites.add(new AutoritePlanification(groupement.code(),
						Designations.nomSansPrefixe(groupement.nom()), groupement.signataireId()));
			}
		}
		return List.copyOf(autorites);
	}

}
