package fr.atelierctg.annexe.equipements;

import org.jspecify.annotations.Nullable;

/**
 * One équipement as typed in the page's form or sent to the API, checked like a CSV row
 * ({@link ImportEquipements#verifier}).
 *
 * @param type a type's label or an accepted synonym: "EAJE PSU", "RPE"…
 * @param commune name or INSEE code
 * @param capacite "40", "1,5", empty for a type without capacity
 * @param version the version the user edited (optional, for a modification)
 */
public record SaisieEquipement(@Nullable String type, @Nullable String nom, @Nullable String gestionnaire,
		@Nullable String adresse, @Nullable String commune, @Nullable String capacite, @Nullable Long version) {

	public static SaisieEquipement de(EquipementLu equipement) {
		LigneEquipement ligne = equipement.ligne();
		return new SaisieEquipement(ligne.type().libelle(), ligne.nom(), ligne.gestionnaire(), ligne.adresse(),
				ligne.commune(), (ligne.capacite() == null) ? "" : ligne.capacite().toPlainString().replace('.', ','),
				equipement.version());
	}

	public SaisieEquipement enVersion(@Nullable Long autreVersion) {
		return new SaisieEquipement(this.type, this.nom, this.gestionnaire, this.adresse, this.commune, this.capacite,
				autreVersion);
	}

	/** A field by its form name, for the page: "nom", "capacite"… */
	public @Nullable String valeur(String champ) {
		return switch (champ) {
			case "type" -> this.type;
			case "nom" -> this.nom;
			case "gestionnaire" -> this.gestionnaire;
			case "adresse" -> this.adresse;
			case "commune" -> this.commune;
			case "capacite" -> this.capacite;
			default -> throw new IllegalArgumentException("Champ inconnu : " + champ);
		};
	}

}
