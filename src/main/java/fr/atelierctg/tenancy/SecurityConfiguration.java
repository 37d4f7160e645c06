package fr.atelierctg.tenancy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** The REST API: HTTP Basic, stateless, no session and so no CSRF token. */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemeAuthentification problemes) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.realmName("Atelier CTG").authenticationEntryPoint(problemes))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problemes).accessDeniedHandler(problemes))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/connexion", "/webjars/**", "/css/**", "/js/**", "/document/*.css", "/images/**",
						"/favicon.ico", "/actuator/health/**", "/v3/api-docs/**", "/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/connexion")
				.usernameParameter("identifiant")
				.passwordParameter("motDePasse")
				.defaultSuccessUrl("/", false)
				.failureUrl("/connexion?erreur"))
			.logout((logout) -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedPage("/acces-refuse"))
			.headers((headers) -> headers.frameOptions((frames) -> frames.sameOrigin())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'; form-action 'self'")))
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
