/**
 * Notifications: what the application tells each user about the conventions they work on,
 * in the app (a bell in the header, page {@code /notifications},
 * {@code /api/notifications}) and by mail (Spring Mail over SMTP, or the log when no SMTP
 * server is configured). It reacts after commit to the events of {@code convention}
 * ({@code ConventionChangeeDeStatut}, {@code SignatureEnregistree},
 * {@code ContributionTransmise}) and sends the scheduled reminders (renewal, mid-term
 * review, missing deliberations) once per convention and kind, from a daily job that
 * ShedLock runs on one instance only. A user only ever reads their own notifications:
 * every query names the recipient, within the Caf's row-level security.
 */
@NullMarked
package fr.atelierctg.notification;

import org.jspecify.annotations.NullMarked;
