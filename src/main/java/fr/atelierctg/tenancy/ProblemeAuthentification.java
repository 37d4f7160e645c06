package fr.atelierctg.tenancy;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the API as RFC 9457 problem+json, in French. */
@Component
class ProblemeAuthentification implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	ProblemeAuthentification(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"Atelier CTG\", charset=\"UTF-8\"");
		ecrire(response, HttpStatus.UNAUTHORIZED, "Authentification requise",
				"Identifiez-vous avec votre identifiant et votre mot de passe (HTTP Basic).", request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		ecrire(response, HttpStatus.FORBIDDEN, "Action non autorisée", "Votre rôle ne permet pas cette action.",
				request);
	}

	private void ecrire(HttpServletResponse response, HttpStatus statut, String titre, String detail,
			HttpServletRequest request) throws IOException {
		ProblemDetail probleme = ProblemDetail.forStatusAndDetail(statut, detail);
		probleme.setTitle(titre);
		probleme.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(statut.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getWriter(), probleme);
	}

}
