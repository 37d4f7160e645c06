package fr.atelierctg.notification;

import fr.atelierctg.tenancy.UtilisateurVue;

/**
 * One notification for one user: stored in the app and sent by mail.
 *
 * @param titre the mail's subject and the notification's title
 * @param texte plain text, paragraphs separated by blank lines
 * @param chemin the page concerned, relative to the application ("/conventions/12")
 */
record Avis(UtilisateurVue destinataire, long cafId, Long conventionId, TypeNotification type, String titre,
		String texte, String chemin) {

}
