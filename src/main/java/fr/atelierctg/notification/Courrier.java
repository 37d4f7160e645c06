package fr.atelierctg.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Sends a notification by mail (plain text and simple HTML, in French, with the absolute
 * link to the page concerned). Without an SMTP server configured, the mail is written to
 * the log instead. A failure is logged, never thrown: the business action and the in-app
 * notification stand.
 */
@Component
class Courrier {

	private static final Log logger = LogFactory.getLog(Courrier.class);

	private final ObjectProvider<JavaMailSender> serveurs;

	private final String hote;

	private final String expediteur;

	private final String urlPublique;

	Courrier(ObjectProvider<JavaMailSender> serveurs, @Value("${spring.mail.host:}") String hote,
			@Value("${atelier.mail.expediteur:Atelier CTG <ne-pas-repondre@atelier-ctg.local>}") String expediteur,
			@Value("${atelier.url-publique:http://localhost:8080}") String urlPublique) {
		this.serveurs = serveurs;
		this.hote = hote;
		this.expediteur = expediteur;
		this.urlPublique = urlPublique.endsWith("/") ? urlPublique.substring(0, urlPublique.length() - 1) : urlPublique;
	}

	/**
	 * @return whether the mail left (or was logged)
	 */
	boolean envoyer(Avis avis) {
		String adresse = avis.destinataire().email();
		if (adresse == null || adresse.isBlank()) {
			return false;
		}
		String lien = this.urlPublique + avis.chemin();
		String texte = texte(avis, lien);
		JavaMailSender serveur = this.hote.isBlank() ? null : this.serveurs.getIfAvailable();
		if (serveur == null) {
			logger.info("Courriel (pas de serveur SMTP configuré, écrit ici) à " + adresse + " — objet : « "
					+ avis.titre() + " »\n" + texte);
			return true;
		}
		try {
			MimeMessage message = serveur.createMimeMessage();
			MimeMessageHelper redaction = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			redaction.setFrom(this.expediteur);
			redaction.setTo(adresse);
			redaction.setSubject("[Atelier CTG] " + avis.titre());
			redaction.setText(texte, html(avis, lien));
			serveur.send(message);
			return true;
		}
		catch (Exception ex) {
			logger.warn("Courriel non envoyé à " + adresse + " (« " + avis.titre() + " ») : " + ex.getMessage()
					+ " ; la notification reste visible dans l'application.");
			return false;
		}
	}

	private static String texte(Avis avis, String lien) {
		return "Bonjour " + nom(avis) + ",\n\n" + avis.texte() + "\n\nOuvrir dans Atelier CTG : " + lien + "\n\n--\n"
				+ "Atelier CTG vous écrit parce que vous suivez cette convention. Retrouvez toutes vos notifications "
				+ "dans l'application (cloche en haut de page).\n";
	}

	private static String html(Avis avis, String lien) {
		StringBuilder html = new StringBuilder(
				"<!DOCTYPE html><html lang=\"fr\"><body style=\"font-family:sans-serif\">");
		html.append("<p>Bonjour ").append(HtmlUtils.htmlEscape(nom(avis))).append(",</p>");
		for (String paragraphe : avis.texte().split("\n\n")) {
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraphe).replace("\n", "<br>")).append("</p>");
		}
		String echappe = HtmlUtils.htmlEscape(lien);
		html.append("<p><a href=\"")
			.append(echappe)
			.append("\">Ouvrir dans Atelier CTG</a><br><small>")
			.append(echappe)
			.append("</small></p>");
		html.append("<hr><p style=\"color:#666;font-size:small\">Atelier CTG vous écrit parce que vous suivez cette ")
			.append("convention. Retrouvez toutes vos notifications dans l'application (cloche en haut de page).</p>");
		return html.append("</body></html>").toString();
	}

	private static String nom(Avis avis) {
		return avis.destinataire().prenom() + " " + avis.destinataire().nom();
	}

}
