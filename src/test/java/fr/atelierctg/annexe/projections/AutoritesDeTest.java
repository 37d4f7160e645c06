package fr.atelierctg.annexe.projections;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import fr.atelierctg.annexe.AutoritesOrganisatrices;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;

/**
 * Stands in for the competence table in the projection tests, so that they do not depend
 * on its rows and defaults: every signatory commune plans (code INSEE), then every
 * signatory EPCI (SIREN). Imported only by the tests of this package; {@code @Primary}
 * over the real bean, whose list is tested with the table
 * ({@code TableauCompetencesTest}) and in the browser journey.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AutoritesDeTest {

	@Bean
	@Primary
	AutoritesOrganisatrices autoritesDeTest() {
		return (convention) -> {
			List<AutoritesOrganisatrices.AutoritePlanification> autorites = new ArrayList<>();
			for (SignataireLu s : convention.collectivites()) {
				if (s.type() == TypeSignataire.COMMUNE) {
					autorites.add(new AutoritesOrganisatrices.AutoritePlanification(s.identite().codeInsee(),
							s.identite().nom(), s.id()));
				}
			}
			for (SignataireLu s : convention.collectivites()) {
				if (s.type() == TypeSignataire.EPCI) {
					autorites.add(new AutoritesOrganisatrices.AutoritePlanification(s.identite().siren(),
							s.identite().nom(), s.id()));
				}
			}
			return autorites;
		};
	}

}
