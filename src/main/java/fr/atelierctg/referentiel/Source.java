package fr.atelierctg.referentiel;

/**
 * Where a data set of the referential comes from, to be quoted under what uses it.
 *
 * @param jeu {@link #COMMUNES}, {@link #EPCI} or {@link #DEPARTEMENTS}
 * @param source "Etalab, @etalab/decoupage-administratif 6.0.0 (INSEE, populations
 * légales)"
 * @param millesime 2026
 */
public record Source(String jeu, String source, int millesime) {

	public static final String COMMUNES = "communes";

	public static final String EPCI = "epci";

	public static final String DEPARTEMENTS = "departements";

	/** "Source : Etalab, … millésime 2026". */
	public String mention() {
		return "Source : " + this.source + ", millésime " + this.millesime;
	}

}
