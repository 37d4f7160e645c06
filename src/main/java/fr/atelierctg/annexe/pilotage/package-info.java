/**
 * Annex 4 — modalités de pilotage: the comité de pilotage (members designated by each
 * signatory, meeting frequency, missions; its presidency is the article 6 option of the
 * convention, shown but never stored here), the comité technique, the commissions de
 * travail and the chargés de coopération (employer, ETP). Pages under
 * {@code /conventions/{id}/annexes/pilotage}, REST API under
 * {@code /api/conventions/{id}/annexes/pilotage}, content of the document through
 * {@link fr.atelierctg.annexe.AnnexeStructuree} (key "pilotage"). A chargé·e de
 * coopération changes only the members of their own collectivité.
 */
@NullMarked
@NamedInterface("pilotage")
package fr.atelierctg.annexe.pilotage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
