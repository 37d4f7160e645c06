package fr.atelierctg.convention;

import java.util.List;

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

	/**
	 * For a change of its text, signatories or annexes.
	 * @throws ConventionFigee (409) once validated
	 */
	Convention chargerPourModifier(long id) {
		Convention convention = charger(id);
		convention.verifierModifiable();
		return convention;
	}

	List<Convention> lister() {
		return utilisateurCollectivite()
			.map((u) -> u.sirenCollectivites().isEmpty() ? List.<Convention>of()
					: this.conventions.findToutesSigneesParUneDe(u.sirenCollectivites()))
			.orElseGet(this.conventions::findAllByOrderByModifieLeDesc);
	}

	private static java.util.Optional<UtilisateurConnecte> utilisateurCollectivite() {
		return UtilisateurConnecte.courant().filter((u) -> u.role().estCollectivite());
	}

}
