/**
 * Renewal of a convention in its last year (issue #4): the page and API that prepare the
 * next convention ({@link Renouvellements}), a new draft for the following period that
 * keeps the parties ({@link fr.atelierctg.convention.Succession}), the diagnostic marked
 * "à mettre à jour" ({@link fr.atelierctg.annexe.diagnostic.DiagnosticApi#reprendre}) and
 * the action plan, each fiche kept, closed or to rewrite
 * ({@link fr.atelierctg.annexe.plan.PlanActionsApi#reprendre}); the choices made for each
 * fiche are recorded with the successor ({@code renouvellement_fiche}). Everything
 * happens in one transaction.
 */
@NullMarked
package fr.atelierctg.renouvellement;

import org.jspecify.annotations.NullMarked;
