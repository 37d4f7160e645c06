package fr.atelierctg.commentaire;

import java.util.Locale;
import java.util.Optional;

/** Which threads to list: open ones, resolved ones, or all. */
public enum EtatFils {

	OUVERTS("Ouverts"), RESOLUS("Résolus"), TOUS("Tous");

	private final String libelle;

	EtatFils(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

	/** {@code ouverts}, {@code resolus}, {@code tous} in URLs. */
	public String parametre() {
		return name().toLowerCase(Locale.ROOT);
	}

	boolean retient(FilLu fil) {
		return this == TOUS || (fil.resolu() == (this == RESOLUS));
	}

	static Optional<EtatFils> depuis(String parametre) {
		for (EtatFils etat : values()) {
			if (etat.parametre().equalsIgnoreCase(parametre.strip())) {
				return Optional.of(etat);
			}
		}
		return Optional.empty();
	}

}
