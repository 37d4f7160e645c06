package fr.atelierctg.annexe.pilotage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import fr.atelierctg.annexe.pilotage.PilotageLu.CommissionLue;

/** A commission de travail (by theme or by territory). */
@Entity
@Table(name = "pilotage_commission")
class Commission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private int ordre;

	private String intitule;

	private String theme;

	private String composition;

	private String frequence;

	@SuppressWarnings("NullAway.Init")
	protected Commission() {
	}

	Commission(int ordre, CommissionLue commission) {
		this.ordre = ordre;
		this.intitule = commission.intitule();
		this.theme = commission.theme();
		this.composition = commission.composition();
		this.frequence = commission.frequence();
	}

	CommissionLue lue() {
		return new CommissionLue(this.intitule, this.theme, this.composition, this.frequence);
	}

}
