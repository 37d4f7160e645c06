package fr.atelierctg.convention;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An article or a free annex as somebody else saved it, shown to the person whose save
 * was refused so that nothing they wrote, and nothing the other person wrote, is lost.
 *
 * @param contenu sanitized rich text
 * @param modifiePar full name of the last person who saved it (null before this was kept)
 */
public record ElementConcurrent(String titre, @Nullable String contenu, long version, @Nullable String modifiePar,
		@Nullable Instant modifieLe) {
}
