package fr.atelierctg.annexe.competences;

import java.util.Objects;

/**
 * The row of an EPCI (or syndicat mixte) to which communes of the table transfer
 * competences.
 *
 * @param aUnRpe the equipment list (annex 2) holds a relais petite enfance of the
 * groupement
 */
public record LigneGroupement(String siren, String nom, boolean aUnRpe) {

	public LigneGroupement {
		Objects.requireNonNull(siren, "siren");
		Objects.requireNonNull(nom, "nom");
	}

	/** "Le groupement « CC du Pays de Duras »". */
	String designation() {
		return "Le groupement « " + this.nom + " »";
	}

}
