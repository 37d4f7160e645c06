package fr.atelierctg.demo;

import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.atelierctg.modele.VarianteLue;
import fr.atelierctg.modele.Variantes;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.TenantContext;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Demo profile only: the Caf de Lot-et-Garonne has its variant of the model, based on the
 * 2026 edition with a préambule of its own, so that its administrator sees the 2027
 * edition to review. Runs before the demo conventions, which start from it. Idempotent.
 */
@Component
@ConditionalOnProperty("atelier.demo.enabled")
@Order(0)
class DemoModele implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoModele.class);

	static final String PARAGRAPHE_LOCAL = "<p>En Lot-et-Garonne, département rural marqué par de fortes disparités "
			+ "entre ses vallées urbanisées et ses territoires ruraux, la Caf accompagne les collectivités dans le "
			+ "maintien d'une offre de services de proximité pour toutes les familles.</p>";

	private final TenancyApi tenancy;

	private final Variantes variantes;

	DemoModele(TenancyApi tenancy, Variantes variantes) {
		this.tenancy = tenancy;
		this.variantes = variantes;
	}

	@Override
	public void run(ApplicationArguments args) {
		CafVue caf47 = this.tenancy.cafDuDepartement("47").orElseThrow();
		UtilisateurConnecte admin = new UtilisateurConnecte(0, caf47.id(), "admin47", "", "Aline Admin", Role.ADMIN_CAF,
				Set.of(), true);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			TenantContext.pour(caf47.id(), () -> {
				if (this.variantes.lire().isEmpty()) {
					VarianteLue variante = this.variantes.creer("CNAF-2026");
					String national = variante.textes().get(0).national();
					this.variantes.adapter("preambule", national + PARAGRAPHE_LOCAL, variante.version());
					logger.info("Variante du modèle de la Caf de Lot-et-Garonne créée (base CNAF-2026)");
				}
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
