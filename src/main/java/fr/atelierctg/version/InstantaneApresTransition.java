package fr.atelierctg.version;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.atelierctg.convention.ConventionChangeeDeStatut;
import fr.atelierctg.tenancy.TenantContext;

/**
 * Takes a version after each change of status, once it is committed, in a transaction of
 * its own, for the convention's Caf. It runs as the application, not as the user who made
 * the move, so that the snapshot is the whole document even when a chargé·e de
 * coopération's signature made it; and synchronously, so that the version exists when the
 * move's answer arrives. A failure is logged: the change of status stands.
 */
@Component
class InstantaneApresTransition {

	private static final Log logger = LogFactory.getLog(InstantaneApresTransition.class);

	private final VersionsApi versions;

	InstantaneApresTransition(VersionsApi versions) {
		this.versions = versions;
	}

	@TransactionalEventListener
	void statutChange(ConventionChangeeDeStatut evenement) {
		SecurityContext utilisateur = SecurityContextHolder.getContext();
		SecurityContextHolder.clearContext();
		try {
			TenantContext.pour(evenement.cafId(), () -> this.versions.apresTransition(evenement.conventionId(),
					evenement.ancien(), evenement.nouveau(), evenement.auteur()));
		}
		catch (RuntimeException ex) {
			logger.error("Version non enregistrée après le passage de la convention " + evenement.conventionId()
					+ " au statut " + evenement.nouveau(), ex);
		}
		finally {
			SecurityContextHolder.setContext(utilisateur);
		}
	}

}
