package fr.atelierctg.tenancy;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, as kept in the security context (and the HTTP session). */
public record UtilisateurConnecte(long id, long cafId, String identifiant, String motDePasse, String nomComplet,
		Role role, Set<String> sirenCollectivites, boolean actif) implements UserDetails, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.autorite()));
	}

	@Override
	public String getPassword() {
		return this.motDePasse;
	}

	@Override
	public String getUsername() {
		return this.identifiant;
	}

	@Override
	public boolean isEnabled() {
		return this.actif;
	}

	/** The signed-in user of the current thread, if any (none in system tasks). */
	public static java.util.Optional<UtilisateurConnecte> courant() {
		org.springframework.security.core.Authentication authentication = org.springframework.security.core.context.SecurityContextHolder
			.getContext()
			.getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UtilisateurConnecte utilisateur) {
			return java.util.Optional.of(utilisateur);
		}
		return java.util.Optional.empty();
	}

	/** Without the password hash: what stays in the session after authentication. */
	public UtilisateurConnecte sansMotDePasse() {
		return new UtilisateurConnecte(this.id, this.cafId, this.identifiant, "", this.nomComplet, this.role,
				this.sirenCollectivites, this.actif);
	}

}
