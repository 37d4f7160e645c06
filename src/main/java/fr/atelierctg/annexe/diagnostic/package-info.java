/**
 * Annex 1 — diagnostic partagé: the sections of the model ({@link SectionDiagnostic}),
 * the Caf's text and the contributions of the signatory collectivités with their key
 * figures ({@link DiagnosticApi}), the population of the signatories from the referential
 * ({@link PopulationSignataire}), the pages, the REST API and the annex in the document
 * ({@link AnnexeDiagnostic}).
 */
@NullMarked
@NamedInterface("diagnostic")
package fr.atelierctg.annexe.diagnostic;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
