package fr.atelierctg.tenancy;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ComptesUtilisateurs implements UserDetailsService {

	private final UtilisateurRepository utilisateurs;

	ComptesUtilisateurs(UtilisateurRepository utilisateurs) {
		this.utilisateurs = utilisateurs;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String identifiant) {
		return this.utilisateurs.findByIdentifiant(identifiant)
			.map(Utilisateur::connecte)
			.orElseThrow(() -> new UsernameNotFoundException("Identifiant inconnu"));
	}

}
