/**
 * Versions of a convention: a frozen snapshot of what its document shows (text, parties,
 * articles, every annex's texts and tables) with the PDF of that moment, taken at each
 * change of status and on demand; and the readable comparison of two versions, or of a
 * version and the current state. Snapshots are read through the public facades of
 * {@code convention} and {@code document} only; the table {@code convention_version} is
 * insert-only for the application. Other modules go through {@link VersionsApi}.
 */
@NullMarked
package fr.atelierctg.version;

import org.jspecify.annotations.NullMarked;
