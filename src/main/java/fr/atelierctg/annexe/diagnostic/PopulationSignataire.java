package fr.atelierctg.annexe.diagnostic;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.francais.NombresFr;

/**
 * The population of a signatory commune or EPCI as the national referential gives it
 * today (never typed).
 *
 * @param population null when the referential does not know it
 * @param source "Etalab, @etalab/decoupage-administratif 6.0.0 (INSEE, populations
 * légales)"
 * @param annee the millésime of the referential
 */
public record PopulationSignataire(long signataireId, String collectivite, @Nullable Integer population,
		@Nullable String source, @Nullable Integer annee) {

	/** "62 194", or "Non disponible". */
	public String populationEnClair() {
		return (this.population == null) ? "Non disponible" : NombresFr.entier(this.population);
	}

}
