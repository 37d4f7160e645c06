package fr.atelierctg.annexe.pilotage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import fr.atelierctg.annexe.pilotage.PilotageLu.MembreTechniqueLu;

/** A member of the comité technique. */
@Entity
@Table(name = "pilotage_membre_technique")
class MembreTechnique {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private int ordre;

	private String nom;

	private String fonction;

	private @Nullable Long signataireId;

	private String organisme;

	@SuppressWarnings("NullAway.Init")
	protected MembreTechnique() {
	}

	MembreTechnique(int ordre, MembreTechniqueLu membre) {
		this.ordre = ordre;
		this.nom = membre.nom();
		this.fonction = membre.fonction();
		this.signataireId = membre.signataireId();
		this.organisme = membre.organisme();
	}

	MembreTechniqueLu lu() {
		return new MembreTechniqueLu(this.nom, this.fonction, this.signataireId, this.organisme);
	}

}
