/**
 * Comments on a convention: threads ({@code Fil}) on an article or an annex section,
 * written by the Caf's staff and by the chargés de coopération of the signatory
 * collectivités, resolved and reopened. A thread is shared with the collectivités or
 * internal to the Caf; internal threads never reach a collectivité user: the repository
 * queries leave them out and a PostgreSQL row-level security policy hides them from any
 * connection marked {@code app.collectivite = 'true'}. Other modules and the templates go
 * through {@link CommentairesApi}; each comment written publishes
 * {@link CommentairePublie}.
 */
@NullMarked
package fr.atelierctg.commentaire;

import org.jspecify.annotations.NullMarked;
