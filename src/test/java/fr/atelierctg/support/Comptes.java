package fr.atelierctg.support;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/** Signed-in users for tests, and a way to act as one of them outside a request. */
public final class Comptes {

	private Comptes() {
	}

	public static UtilisateurConnecte utilisateur(long cafId, Role role, String... sirens) {
		return new UtilisateurConnecte(1000 + role.ordinal(), cafId, role.name().toLowerCase() + cafId, "",
				"Test " + role.name(), role, Set.of(sirens), true);
	}

	/** Runs as that user; calls may nest, the previous user is restored afterwards. */
	public static <T> T en(UtilisateurConnecte utilisateur, Supplier<T> travail) {
		org.springframework.security.core.Authentication precedente = SecurityContextHolder.getContext()
			.getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(utilisateur, null, utilisateur.getAuthorities()));
		try {
			return travail.get();
		}
		finally {
			if (precedente == null) {
				SecurityContextHolder.clearContext();
			}
			else {
				SecurityContextHolder.getContext().setAuthentication(precedente);
			}
		}
	}

}
