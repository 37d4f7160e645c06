package fr.atelierctg.demo;

import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionResume;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.TenantContext;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Runs demo work on the Val de Garonne convention as conseiller47 would, once
 * {@link DonneesDemo} has created it: the annexes' demo content goes through the same
 * services, rights and checks as a user's.
 */
@Component
@ConditionalOnProperty("atelier.demo.enabled")
class ConventionDeDemo {

	static final String TERRITOIRE = "Val de Garonne Agglomération";

	private final TenancyApi tenancy;

	private final ConventionApi conventions;

	ConventionDeDemo(TenancyApi tenancy, ConventionApi conventions) {
		this.tenancy = tenancy;
		this.conventions = conventions;
	}

	/**
	 * @param travail receives the Caf and the convention id
	 */
	void enTantQueConseiller(BiConsumer<CafVue, Long> travail) {
		dansLaCaf47((caf) -> this.conventions.lister()
			.stream()
			.filter((c) -> TERRITOIRE.equals(c.territoire()))
			.map(ConventionResume::id)
			.findFirst()
			.ifPresent((id) -> travail.accept(caf, id)));
	}

	/** Runs demo work in the Caf de Lot-et-Garonne as conseiller47. */
	void dansLaCaf47(Consumer<CafVue> travail) {
		CafVue caf = this.tenancy.cafDuDepartement("47").orElseThrow();
		UtilisateurConnecte conseiller = new UtilisateurConnecte(0, caf.id(), "conseiller47", "", "conseiller47",
				Role.CONSEILLER, Set.of(), true);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(conseiller, null, conseiller.getAuthorities()));
		try {
			TenantContext.pour(caf.id(), () -> travail.accept(caf));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
