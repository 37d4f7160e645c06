package fr.atelierctg.tenancy;

import fr.atelierctg.common.francais.Departements;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A Caisse d'allocations familiales: one per département, and the tenant of everything it
 * owns.
 */
@Entity
@Table(name = "caf")
class Caf {

	@Id
	private Long id;

	private String codeDepartement;

	private String nomDepartement;

	private short typeLiaison;

	private String villeSiege;

	protected Caf() {
	}

	Long getId() {
		return this.id;
	}

	String getCodeDepartement() {
		return this.codeDepartement;
	}

	/** "Caf de la Haute-Garonne". */
	String nom() {
		return "Caf " + Departements.de(this.nomDepartement, this.typeLiaison);
	}

	CafVue vue() {
		return new CafVue(this.id, this.codeDepartement, this.nomDepartement, nom(),
				Departements.de(this.nomDepartement, this.typeLiaison), this.villeSiege);
	}

}
