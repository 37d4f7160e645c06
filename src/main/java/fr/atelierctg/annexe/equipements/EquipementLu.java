package fr.atelierctg.annexe.equipements;

/** A stored row of annex 2 with what identifies it for editing. */
public record EquipementLu(long id, long signataireId, long version, LigneEquipement ligne) {
}
