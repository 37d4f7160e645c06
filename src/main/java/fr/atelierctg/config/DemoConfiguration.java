package fr.atelierctg.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("atelier.demo.create-database")
class DemoConfiguration {

	@Bean
	static CreationBaseDemo creationBaseDemo(Environment environment) {
		return new CreationBaseDemo(environment);
	}

}
