package fr.atelierctg.annexe.equipements;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One row of annex 2. {@code commune} is what the user typed (name or INSEE code),
 * {@code codeInsee} what the referential resolved it to. {@code capacite} is in the unit
 * of the type: a whole number of places, ETP with two decimals, or {@code null} for a
 * type without capacity. {@code adresse} may be empty.
 */
public record LigneEquipement(TypeEquipement type, String nom, String gestionnaire, String adresse, String commune,
		String codeInsee, @Nullable BigDecimal capacite) {

	public LigneEquipement {
		Objects.requireNonNull(type, "type");
		exiger(nom, "nom");
		exiger(gestionnaire, "gestionnaire");
		Objects.requireNonNull(adresse, "adresse");
		exiger(commune, "commune");
		exiger(codeInsee, "codeInsee");
		capacite = normaliser(type.capacite(), capacite);
	}

	private static void exiger(String valeur, String champ) {
		if (valeur == null || valeur.isBlank()) {
			throw new IllegalArgumentException(champ + " manquant");
		}
	}

	private static @Nullable BigDecimal normaliser(Capacite unite, @Nullable BigDecimal capacite) {
		if (unite == Capacite.AUCUNE) {
			if (capacite != null) {
				throw new IllegalArgumentException("ce type n'a pas de capacité");
			}
			return null;
		}
		if (capacite == null || capacite.signum() < 0) {
			throw new IllegalArgumentException("capacité manquante ou négative");
		}
		int echelle = (unite == Capacite.PLACES) ? 0 : 2;
		try {
			return capacite.setScale(echelle);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException(
					"capacité " + capacite + " : trop de décimales pour des " + unite.unite());
		}
	}

}
