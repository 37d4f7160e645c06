/**
 * The Caf's dashboard ({@code /tableau-de-bord}, {@code /api/tableau-de-bord}), for the
 * Caf's staff only: conventions by status, those ending within twelve months, the
 * population coverage of the département by signed conventions (the national KPI) and its
 * evolution, the open findings of the pre-signature check, the AO alerts (communes above
 * 10 000 inhabitants without relais petite enfance), and a search across the conventions.
 * It owns no data: it reads the other modules through their facades.
 */
@NullMarked
package fr.atelierctg.tableaudebord;

import org.jspecify.annotations.NullMarked;
