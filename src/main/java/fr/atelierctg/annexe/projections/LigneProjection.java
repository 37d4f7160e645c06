package fr.atelierctg.annexe.projections;

import java.util.Arrays;
import java.util.Optional;

/** The rows of a projection table, in the order of the national model. */
enum LigneProjection {

	EAJE_PSU("EAJE PSU", "EAJE PSU", Mesure.PLACES),
	MICRO_CRECHE_PAJE("Micro-crèche Paje", "Micro-crèche", Mesure.PLACES),
	MAM("Maison d'assistants maternels (MAM)", "MAM", Mesure.PLACES),
	ASSISTANTS_MATERNELS("Assistants maternels (hors MAM)", "Assistants maternels", Mesure.PLACES),
	RPE("Relais petite enfance (RPE)", "RPE", Mesure.ETP),
	PASSERELLES("Dispositifs passerelles", "Passerelles", Mesure.DISPOSITIFS);

	private final String libelle;

	private final String libelleCourt;

	private final Mesure mesure;

	LigneProjection(String libelle, String libelleCourt, Mesure mesure) {
		this.libelle = libelle;
		this.libelleCourt = libelleCourt;
		this.mesure = mesure;
	}

	String libelle() {
		return this.libelle;
	}

	/** For the chart's legend. */
	String libelleCourt() {
		return this.libelleCourt;
	}

	Mesure mesure() {
		return this.mesure;
	}

	/** The rows counted in places: the modes of care of the chart. */
	boolean modeDAccueil() {
		return this.mesure == Mesure.PLACES;
	}

	static Optional<LigneProjection> parCle(String cle) {
		return Arrays.stream(values()).filter((ligne) -> ligne.name().equals(cle)).findFirst();
	}

}
