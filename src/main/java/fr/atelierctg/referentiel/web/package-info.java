/**
 * The HTTP side of the referential: the REST API under /api/referentiel (HTTP Basic) and
 * the suggestions of the web forms (session).
 */
@NullMarked
package fr.atelierctg.referentiel.web;

import org.jspecify.annotations.NullMarked;
