package fr.atelierctg.renouvellement;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The renewal as decided on the step page or sent to the API. What is left out takes the
 * proposal's value: the proposed title and period, "reconduire" for a fiche not listed.
 *
 * @param fiches for each fiche action of the renewed convention (by its id there): keep,
 * close or rewrite, with an optional note
 */
public record DemandeRenouvellement(@Nullable String titre,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateDebut,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateFin, @Nullable List<Choix> fiches) {

	public List<Choix> fichesOuAucune() {
		return (this.fiches == null) ? List.of() : this.fiches;
	}

	/** The decision for one fiche action. */
	public record Choix(@Nullable Long actionId, @Nullable ChoixFiche choix, @Nullable String note) {
	}

}
