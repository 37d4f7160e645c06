package fr.atelierctg.notification;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.UtilisateurVue;

/** Who is told: the Caf's staff by role, or the chargés de coopération of signatories. */
@Component
class Destinataires {

	private final TenancyApi tenancy;

	Destinataires(TenancyApi tenancy) {
		this.tenancy = tenancy;
	}

	/** Active accounts of the Caf with one of these roles. */
	List<UtilisateurVue> equipeCaf(long cafId, Role... roles) {
		Set<Role> voulus = Set.of(roles);
		return this.tenancy.utilisateursDeLaCaf(cafId)
			.stream()
			.filter((u) -> u.actif() && voulus.contains(u.role()))
			.toList();
	}

	/** Active chargés de coopération of at least one of these signatories. */
	List<UtilisateurVue> chargesDe(long cafId, Collection<SignataireLu> signataires) {
		Set<String> sirens = signataires.stream()
			.map((s) -> s.identite().siren())
			.filter((siren) -> siren != null && !siren.isBlank())
			.collect(Collectors.toSet());
		return this.tenancy.utilisateursDeLaCaf(cafId)
			.stream()
			.filter((u) -> u.actif() && u.role() == Role.CHARGE_COOPERATION)
			.filter((u) -> u.sirenCollectivites().stream().anyMatch(sirens::contains))
			.toList();
	}

	/** The chargés de coopération of every signatory of the convention. */
	List<UtilisateurVue> chargesDesSignataires(ConventionLue convention) {
		return chargesDe(convention.cafId(), convention.signataires());
	}

	/** Which of these signatories this chargé(e) represents. */
	static List<SignataireLu> representes(UtilisateurVue charge, Collection<SignataireLu> signataires) {
		return signataires.stream()
			.filter((s) -> s.identite().siren() != null && charge.sirenCollectivites().contains(s.identite().siren()))
			.toList();
	}

}
