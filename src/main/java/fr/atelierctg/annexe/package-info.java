/**
 * The annexes of a convention (diagnostic, équipements, plan d'actions with the table of
 * the autorités organisatrices de l'accueil du jeune enfant, pilotage, délibérations).
 * Sub-package {@code competences}: the AO competence table and its legal checks.
 */
@NullMarked
package fr.atelierctg.annexe;

import org.jspecify.annotations.NullMarked;
