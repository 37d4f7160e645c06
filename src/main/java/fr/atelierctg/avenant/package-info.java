/**
 * Avenants: after signature, a convention is never modified in place. An avenant lists
 * its modifications (an article's or an annex's old and new wording), follows its own
 * statuses (brouillon, validé by the direction, en signature, signé at its last
 * signature) and is printed through the document module. The consolidated convention is
 * computed: the convention's text with its signed avenants applied in order. A signed
 * prolongation avenant moves the convention's end ({@code CycleDeVie.prolonger}). Pages
 * and templates go through {@link AvenantsApi}, {@link Avenants} and
 * {@link ConventionConsolidee}.
 */
@NullMarked
package fr.atelierctg.avenant;

import org.jspecify.annotations.NullMarked;
