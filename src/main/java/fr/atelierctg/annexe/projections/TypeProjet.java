package fr.atelierctg.annexe.projections;

import java.util.Arrays;
import java.util.Optional;

/** The kind of an investment project of a projection table. */
enum TypeProjet {

	CREATION_EAJE("Création d'un EAJE"), EXTENSION("Extension"), MICRO_CRECHE("Micro-crèche"),
	MAM("Maison d'assistants maternels (MAM)"), RPE("Relais petite enfance (RPE)"),
	AUTRE("Autre (rénovation, aménagement, transplantation…)");

	private final String libelle;

	TypeProjet(String libelle) {
		this.libelle = libelle;
	}

	String libelle() {
		return this.libelle;
	}

	static Optional<TypeProjet> parCle(String cle) {
		return Arrays.stream(values()).filter((type) -> type.name().equals(cle)).findFirst();
	}

}
