package fr.atelierctg.renouvellement;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import fr.atelierctg.annexe.plan.PlanActionsApi;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;

import static fr.atelierctg.renouvellement.ConventionsSignees.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

/**
 * A failure in the last step of a renewal (the action plan's copy) leaves nothing: no
 * successor, no copied diagnostic, no recorded choice; the convention can be renewed
 * again.
 */
@IntegrationTest
class RenouvellementAtomiqueTest {

	@MockitoSpyBean
	PlanActionsApi plan;

	@Autowired
	ConventionsSignees signees;

	@Autowired
	Scenario scenario;

	@Autowired
	Renouvellements renouvellements;

	@Autowired
	ConventionApi lecture;

	@Test
	void uneErreurEnCoursDeCopieNeLaisseRien() {
		CafVue caf = this.scenario.caf("47");
		long id = this.signees.enDerniereAnnee(caf);
		int conventions = en(caf, Role.LECTEUR, () -> this.lecture.lister()).size();
		doThrow(new IllegalStateException("panne pendant la copie du plan")).when(this.plan)
			.reprendre(anyLong(), anyLong(), any(Map.class), any(Map.class));

		assertThatThrownBy(() -> en(caf, Role.CONSEILLER,
				() -> this.renouvellements.renouveler(id, new DemandeRenouvellement(null, null, null, null))))
			.hasMessageContaining("panne");

		assertThat(en(caf, Role.LECTEUR, () -> this.lecture.lister())).hasSize(conventions);
		assertThat(en(caf, Role.LECTEUR, () -> this.renouvellements.succession(id)).successeur()).isNull();
		reset(this.plan);
		long successeur = en(caf, Role.CONSEILLER,
				() -> this.renouvellements.renouveler(id, new DemandeRenouvellement(null, null, null, null)));
		assertThat(en(caf, Role.LECTEUR, () -> this.renouvellements.reprise(successeur))).hasSize(3);
	}

}
