/**
 * The history of a convention: every change (who, when, which field, before and after),
 * captured by PostgreSQL triggers ({@code historiser()}, migration V24) in
 * {@code historique_modification}, so that no code path escapes it. This module only
 * reads it: page {@code /conventions/{id}/historique} and
 * {@code /api/conventions/{id}/historique} for the Caf's staff, with French labels for
 * each element and field.
 */
@NullMarked
package fr.atelierctg.historique;

import org.jspecify.annotations.NullMarked;
