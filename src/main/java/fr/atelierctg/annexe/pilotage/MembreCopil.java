package fr.atelierctg.annexe.pilotage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import fr.atelierctg.annexe.pilotage.PilotageLu.MembreCopilLu;

import fr.atelierctg.common.francais.Civilite;

/** A member of the comité de pilotage, designated by one signatory. */
@Entity
@Table(name = "pilotage_membre_copil")
class MembreCopil {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private int ordre;

	@Enumerated(EnumType.STRING)
	private @Nullable Civilite civilite;

	private String nom;

	private String fonction;

	@SuppressWarnings("NullAway.Init")
	protected MembreCopil() {
	}

	MembreCopil(int ordre, MembreCopilLu membre) {
		this.ordre = ordre;
		this.civilite = membre.civilite();
		this.nom = membre.nom();
		this.fonction = membre.fonction();
	}

	MembreCopilLu lu() {
		return new MembreCopilLu(this.civilite, this.nom, this.fonction);
	}

}
