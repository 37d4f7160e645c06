package fr.atelierctg;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries: a module reaches another only through its public root package. */
class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(AtelierCtgApplication.class);

	@Test
	void lesModulesRespectentLeursFrontieres() {
		MODULES.verify();
	}

	@Test
	void documenteLesModules() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
