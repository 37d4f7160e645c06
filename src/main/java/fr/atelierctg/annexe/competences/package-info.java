/**
 * Table of the competences of the autorités organisatrices (AO) de l'accueil du jeune
 * enfant, annex 3 of a convention, and its checks against the code de l'action sociale et
 * des familles (CASF), as written by loi n° 2023-1196 du 18 décembre 2023 pour le plein
 * emploi, in force since 1 January 2025.
 *
 * <ul>
 * <li>II of art. L. 214-1-3: every commune is AO for 1° (recenser les besoins) and 2°
 * (informer et accompagner); communes of more than 3 500 inhabitants also for 3°
 * (planifier) and 4° (soutenir la qualité), which smaller ones may exercise "à titre
 * facultatif".</li>
 * <li>Art. L. 214-2: above 10 000 inhabitants, 3° takes the form of a schéma pluriannuel
 * de maintien et de développement de l'offre d'accueil du jeune enfant; a CTG holding the
 * diagnostic, the equipment list, the action plan, the pilotage and the follow-up
 * indicators stands in for it (décret n° 2025-253 du 20 mars 2025).</li>
 * <li>II of art. L. 214-1-3 and art. L. 214-2-1: above 10 000 inhabitants, from 1 January
 * 2026, 2° and 4° are exercised through a relais petite enfance.</li>
 * <li>III of art. L. 214-1-3: competences transferred to an EPCI (or a syndicat mixte)
 * are assessed on the population totale of the communes that transferred them.</li>
 * </ul>
 *
 * The rules engine is pure: immutable records in ({@link TableauCompetences},
 * {@link LigneCommune}, {@link LigneGroupement}, {@link ContenuConvention}), a
 * {@link RapportCompetences} out, no persistence and no Spring type; entry point
 * {@link VerificationCompetences}.
 * <p>
 * Next to it, the table as stored for each convention (table {@code competence_ligne}):
 * {@link CompetencesApi} reads it, completed with the rows of the signatories,
 * populations from the referential, relais petite enfance from annex 2 and the other
 * annexes' state, and checks it; the page {@code /conventions/{id}/annexes/competences}
 * and the API {@code /api/conventions/{id}/annexes/competences} change it within the
 * rights of {@link fr.atelierctg.convention.DroitsEdition}; the table is printed in annex
 * 3 ({@link fr.atelierctg.annexe.AnnexeStructuree} "plan-actions") and gives the
 * {@link fr.atelierctg.annexe.AutoritesOrganisatrices} that plan.
 */
@NullMarked
@NamedInterface("competences")
package fr.atelierctg.annexe.competences;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
