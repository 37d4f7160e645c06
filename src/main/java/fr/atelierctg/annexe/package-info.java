/**
 * The annexes of a convention (diagnostic, équipements, plan d'actions with the table of
 * the autorités organisatrices de l'accueil du jeune enfant, pilotage, délibérations).
 * Sub-packages, pure domain for now (no persistence): {@code competences}, the AO
 * competence table and its legal checks; {@code equipements}, annex 2's types, CSV import
 * and CSV/Excel exports.
 */
@NullMarked
package fr.atelierctg.annexe;

import org.jspecify.annotations.NullMarked;
