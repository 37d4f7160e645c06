package fr.atelierctg.commentaire;

import java.util.Map;

/**
 * How many threads the current user may read are open, in all and per article or annex.
 *
 * @param parCible by {@link Cible#cle()} ({@code article-12}, {@code annexe-5}: an annex
 * counts its sections' threads); targets without open threads are absent
 */
public record OuvertsLus(long total, Map<String, Long> parCible) {

	/** Open threads on this target ({@code article-12}), 0 when none. */
	public long sur(String cle) {
		return this.parCible.getOrDefault(cle, 0L);
	}

}
