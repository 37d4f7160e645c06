/**
 * The annexes of a convention (diagnostic, équipements, plan d'actions with the table of
 * the autorités organisatrices de l'accueil du jeune enfant, pilotage, délibérations).
 * Each structured annex lives in its own sub-package (entities, service, pages, REST API,
 * templates) and publishes its content to the document through a {@link AnnexeStructuree}
 * bean. Who may edit what is decided by {@link fr.atelierctg.convention.DroitsEdition}.
 */
@NullMarked
package fr.atelierctg.annexe;

import org.jspecify.annotations.NullMarked;
