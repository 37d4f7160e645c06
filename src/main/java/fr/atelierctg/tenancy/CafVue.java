package fr.atelierctg.tenancy;

/**
 * A Caf as other modules see it.
 *
 * @param nom "Caf de Lot-et-Garonne"
 * @param deDepartement "de Lot-et-Garonne", to write "la Caisse d'allocations familiales
 * de …"
 * @param villeSiege the chef-lieu where the Caf has its seat, default place of signature
 */
public record CafVue(long id, String codeDepartement, String nomDepartement, String nom, String deDepartement,
		String villeSiege) {
}
