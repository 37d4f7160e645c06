/**
 * The national referential (communes, EPCI, départements), read-only and shared by every
 * Caf. Other modules use {@link fr.atelierctg.referentiel.ReferentielApi} and its
 * records.
 */
@NullMarked
package fr.atelierctg.referentiel;

import org.jspecify.annotations.NullMarked;
