/**
 * The checks of the pre-signature report ("vérification avant signature") that concern
 * the convention itself: texts, signatories, period. Each is a
 * {@link fr.atelierctg.convention.VerificationConvention} bean; the annex modules add
 * theirs.
 */
@NullMarked
package fr.atelierctg.convention.verification;

import org.jspecify.annotations.NullMarked;
