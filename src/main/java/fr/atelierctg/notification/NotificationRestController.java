package fr.atelierctg.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's notifications over the API. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "Les notifications de l'utilisateur connecté")
class NotificationRestController {

	private final NotificationsApi notifications;

	NotificationRestController(NotificationsApi notifications) {
		this.notifications = notifications;
	}

	@Operation(
			summary = "Mes notifications (les 100 dernières, de la plus récente à la plus ancienne) et le nombre de non lues")
	@GetMapping
	Notifications lister() {
		return new Notifications(this.notifications.nonLues(), this.notifications.miennes());
	}

	@Operation(summary = "Marque une de mes notifications comme lue",
			description = "404 pour une notification qui n'est pas la mienne.")
	@PostMapping("/{id}/lu")
	NotificationLue marquerLue(@PathVariable long id) {
		return this.notifications.marquerLue(id);
	}

	record Notifications(long nonLues, List<NotificationLue> notifications) {
	}

}
