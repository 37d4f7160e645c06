package fr.atelierctg.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Spring Boot's Docker Compose support fails the start-up when the docker client is
 * installed but no engine runs. Where no engine can be reached, it is switched off and
 * the app uses the configured PostgreSQL (the local server by default). An explicit
 * setting always wins.
 */
class DockerComposeSiDockerTourne implements EnvironmentPostProcessor {

	static final String PROPRIETE = "spring.docker.compose.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(PROPRIETE) || moteurDockerJoignable()) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("atelierSansDocker", Map.of(PROPRIETE, "false")));
	}

	static boolean moteurDockerJoignable() {
		String hote = System.getenv("DOCKER_HOST");
		if (hote != null && !hote.isBlank()) {
			return true;
		}
		return Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
	}

}
