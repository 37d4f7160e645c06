package fr.atelierctg.renouvellement;

import java.time.LocalDate;
import java.util.Optional;

import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.StatutConvention;

/**
 * When a convention may be renewed: signed (signée or en vigueur), not renewed yet, and
 * in its last year, that is from twelve months before its end date (1 January of the last
 * year for a convention ending on 31 December).
 */
final class Eligibilite {

	private Eligibilite() {
	}

	/** The first day the renewal is offered. */
	static LocalDate ouverture(LocalDate fin) {
		return fin.minusYears(1).plusDays(1);
	}

	/** Why it may not be renewed today, in French; empty when it may. */
	static Optional<String> refus(ConventionLue convention, boolean dejaRenouvelee, LocalDate aujourdhui) {
		StatutConvention statut = convention.statut();
		if (dejaRenouvelee) {
			return Optional.of("Cette convention a déjà été renouvelée : une seule convention peut lui succéder.");
		}
		if (statut != StatutConvention.SIGNEE && statut != StatutConvention.EN_VIGUEUR) {
			return Optional.of("Seule une convention signée ou en vigueur peut être renouvelée ; celle-ci est au "
					+ "statut « " + statut.libelle() + " ».");
		}
		LocalDate ouverture = ouverture(convention.periode().fin());
		if (aujourdhui.isBefore(ouverture)) {
			return Optional.of("Le renouvellement se prépare pendant la dernière année de la convention : à partir du "
					+ DatesFr.longue(ouverture) + ".");
		}
		return Optional.empty();
	}

}
