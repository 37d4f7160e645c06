/**
 * Annex 3 — plan d'actions: the axes (the convention's shared objectives, the model's
 * seven as a start) and, in each axis, the fiches actions with every rubric of the model,
 * numbered 1.1, 1.2… from their order. Each action has a pilot (one of the signatories)
 * and optionally a chargé(e) de coopération of the Caf. The Caf's drafters shape the
 * plan; a chargé(e) de coopération writes the actions of their collectivités and those
 * assigned to them ({@link PlanActionsApi}).
 */
@NullMarked
@NamedInterface("plan")
package fr.atelierctg.annexe.plan;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
