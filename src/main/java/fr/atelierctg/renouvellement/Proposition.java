package fr.atelierctg.renouvellement;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.convention.Periode;

/**
 * What the renewal of a convention would be, for the step page and the API.
 *
 * @param renouvelable whether the current user may renew it now
 * @param refus why not, in French (null when renouvelable)
 * @param ouverture the first day of its last year, when renewal opens
 * @param titre proposed title of the successor
 * @param dateFinMaximale 31 December of the proposed start year + 4
 * @param parties every party kept, with its representative
 * @param diagnostic the sections of the diagnostic that will be copied, "à mettre à jour"
 * @param fiches every fiche action, with the proposed choice (reconduire)
 */
public record Proposition(long conventionId, String titreActuel, Periode periodeActuelle, boolean renouvelable,
		@Nullable String refus, LocalDate ouverture, String titre, LocalDate dateDebut, LocalDate dateFin,
		LocalDate dateFinMaximale, List<Partie> parties, List<String> diagnostic, List<FicheProposee> fiches) {

	public Proposition {
		parties = List.copyOf(parties);
		diagnostic = List.copyOf(diagnostic);
		fiches = List.copyOf(fiches);
	}

	/** A party of the convention, kept in the successor. */
	public record Partie(String type, String nom, @Nullable String representant) {
	}

	/** A fiche action of the plan, to keep, close or rewrite. */
	public record FicheProposee(long actionId, String numero, String axe, String intitule, ChoixFiche choix) {
	}

}
