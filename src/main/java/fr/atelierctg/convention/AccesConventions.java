package fr.atelierctg.convention;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * The only way to load conventions: the Caf filter applies to everyone, and a chargé(e)
 * de coopération only reaches the conventions one of their collectivités signs.
 */
@Component
class AccesConventions {

	private final ConventionRepository conventions;

	AccesConventions(ConventionRepository conventions) {
		this.conventions = conventions;
	}

	Convention charger(long id) {
		return utilisateurCollectivite()
			.map((u) -> u.sirenCollectivites().isEmpty() ? java.util.Optional.<Convention>empty()
					: this.conventions.findSigneeParUneDe(id, u.sirenCollectivites()))
			.orElseGet(() -> this.conventions.findById(id))
			.orElseThrow(() -> ConventionIntrouvable.pourId(id));
	}

	List<Convention> lister() {
		return utilisateurCollectivite()
			.map((u) -> u.sirenCollectivites().isEmpty() ? List.<Convention>of()
					: this.conventions.findToutesSigneesParUneDe(u.sirenCollectivites()))
			.orElseGet(this.conventions::findAllByOrderByModifieLeDesc);
	}

	private static java.util.Optional<UtilisateurConnecte> utilisateurCollectivite() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UtilisateurConnecte utilisateur
				&& utilisateur.role().estCollectivite()) {
			return java.util.Optional.of(utilisateur);
		}
		return java.util.Optional.empty();
	}

}
