package fr.atelierctg.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of the signed-in user's notifications. */
@Controller
class NotificationController {

	private final NotificationsApi notifications;

	NotificationController(NotificationsApi notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String page(Model model) {
		model.addAttribute("notifications", this.notifications.miennes());
		model.addAttribute("affichees", NotificationsApi.AFFICHEES);
		return "notification/liste";
	}

	@PostMapping("/notifications/{id}/lu")
	String marquerLue(@PathVariable long id) {
		this.notifications.marquerLue(id);
		return "redirect:/notifications#notification-" + id;
	}

	/** Marks it read and opens the page it is about. */
	@PostMapping("/notifications/{id}/ouvrir")
	String ouvrir(@PathVariable long id) {
		return "redirect:" + this.notifications.marquerLue(id).lien();
	}

	@PostMapping("/notifications/lues")
	String toutesLues(RedirectAttributes redirection) {
		int marquees = this.notifications.marquerToutesLues();
		redirection.addFlashAttribute("succes", (marquees == 0) ? "Aucune notification non lue." : marquees
				+ ((marquees > 1) ? " notifications marquées comme lues." : " notification marquée comme lue."));
		return "redirect:/notifications";
	}

}
