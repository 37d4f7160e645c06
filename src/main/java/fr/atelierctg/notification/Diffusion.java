package fr.atelierctg.notification;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.atelierctg.tenancy.TenantContext;

/**
 * Stores the notifications in a transaction of their own, then mails them once that
 * transaction committed (a slow or absent mail server never holds a connection nor undoes
 * anything). The caller sets the tenant ({@link TenantContext}).
 */
@Component
class Diffusion {

	private final NotificationRepository notifications;

	private final Courrier courrier;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	Diffusion(NotificationRepository notifications, Courrier courrier, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.notifications = notifications;
		this.courrier = courrier;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void diffuser(List<Avis> avis) {
		if (avis.isEmpty()) {
			return;
		}
		this.transaction
			.executeWithoutResult((statut) -> avis.stream().map(Notification::new).forEach(this.notifications::save));
		avis.forEach(this.courrier::envoyer);
	}

	/**
	 * A reminder: sent only if this convention never had one of this kind (unique key in
	 * {@code rappel_envoye}, inserted first; a concurrent run inserts nothing and sends
	 * nothing).
	 * @return whether it was sent now
	 */
	boolean diffuserUneFois(long cafId, long conventionId, TypeNotification type, List<Avis> avis) {
		Boolean premiere = this.transaction.execute((statut) -> {
			int inseres = this.jdbc.update(
					"INSERT INTO rappel_envoye (caf_id, convention_id, type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
					cafId, conventionId, type.name());
			if (inseres == 0) {
				return false;
			}
			avis.stream().map(Notification::new).forEach(this.notifications::save);
			return true;
		});
		if (Boolean.TRUE.equals(premiere)) {
			avis.forEach(this.courrier::envoyer);
			return true;
		}
		return false;
	}

}
