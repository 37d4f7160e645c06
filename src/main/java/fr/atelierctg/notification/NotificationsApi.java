package fr.atelierctg.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.ElementIntrouvable;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * The signed-in user's own notifications (the bell, the page, the API). Another user's
 * notification does not exist for them: {@link ElementIntrouvable} (404).
 */
@Service
@Transactional
public class NotificationsApi {

	static final int AFFICHEES = 100;

	private final NotificationRepository notifications;

	NotificationsApi(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	/** The latest notifications, newest first. */
	@Transactional(readOnly = true)
	public List<NotificationLue> miennes() {
		return this.notifications.findByDestinataireIdOrderByCreeLeDescIdDesc(utilisateur(), Limit.of(AFFICHEES))
			.stream()
			.map(Notification::lue)
			.toList();
	}

	/** Unread count for the bell; 0 when nobody is signed in. */
	@Transactional(readOnly = true)
	public long nonLues() {
		return UtilisateurConnecte.courant()
			.map((u) -> this.notifications.countByDestinataireIdAndLueLeIsNull(u.id()))
			.orElse(0L);
	}

	public NotificationLue marquerLue(long id) {
		Notification notification = this.notifications.findByIdAndDestinataireId(id, utilisateur())
			.orElseThrow(() -> new ElementIntrouvable("Notification introuvable."));
		notification.marquerLue();
		return notification.lue();
	}

	/**
	 * @return how many were unread
	 */
	public int marquerToutesLues() {
		return this.notifications.marquerToutesLues(utilisateur(), Instant.now());
	}

	private static long utilisateur() {
		return UtilisateurConnecte.courant()
			.map(UtilisateurConnecte::id)
			.orElseThrow(() -> new IllegalStateException("Aucun utilisateur connecté"));
	}

}
