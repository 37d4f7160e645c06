package fr.atelierctg.annexe.plan;

/** A chargé(e) de coopération an action may be assigned to. */
public record ChargeCooperation(long id, String nom) {
}
