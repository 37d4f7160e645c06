package fr.atelierctg.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

public class BaseDeTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		BaseDeTest.Connexion connexion = BaseDeTest.connexion();
		TestPropertyValues
			.of("spring.datasource.url=" + connexion.url(), "spring.datasource.username=" + connexion.utilisateur(),
					"spring.datasource.password=" + connexion.motDePasse(), "spring.docker.compose.enabled=false")
			.applyTo(context);
	}

}
