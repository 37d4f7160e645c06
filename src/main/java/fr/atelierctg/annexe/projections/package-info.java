/**
 * Annex 3 — the early-childhood projection tables: one per autorité organisatrice holding
 * the planning competence (3° of art. L. 214-1-3 CASF), optionally one per zone of its
 * territory. Rows are the modes of care and devices ({@link LigneProjection}), columns
 * the current value then each year of the convention's period, computed from the period
 * at read time ({@link Colonnes}); needs in jobs and skills and investment projects come
 * with each table. Typed input is read by {@link SaisieNombre} and a table is saved all
 * or nothing ({@link ValidationProjection}). The list of AO comes from the bean
 * implementing {@link fr.atelierctg.annexe.AutoritesOrganisatrices}.
 */
@NullMarked
package fr.atelierctg.annexe.projections;

import org.jspecify.annotations.NullMarked;
