/**
 * The annexes of a convention. For now: annex 2, the équipements et services soutenus
 * (sub-package {@code equipements}: domain types and file formats, no persistence).
 */
@NullMarked
package fr.atelierctg.annexe;

import org.jspecify.annotations.NullMarked;
