package fr.atelierctg.annexe.pilotage;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import fr.atelierctg.annexe.pilotage.PilotageLu.ChargeCooperationLu;

/** A chargé·e de coopération: who, employed by whom, how much time, Caf funding. */
@Entity
@Table(name = "pilotage_charge")
class ChargeCooperation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private int ordre;

	private String nom;

	private @Nullable Long signataireId;

	private String employeur;

	private BigDecimal etp;

	private String financementCaf;

	@SuppressWarnings("NullAway.Init")
	protected ChargeCooperation() {
	}

	ChargeCooperation(int ordre, ChargeCooperationLu charge) {
		this.ordre = ordre;
		this.nom = charge.nom();
		this.signataireId = charge.signataireId();
		this.employeur = charge.employeur();
		this.etp = charge.etp();
		this.financementCaf = charge.financementCaf();
	}

	ChargeCooperationLu lu() {
		return new ChargeCooperationLu(this.nom, this.signataireId, this.employeur, this.etp, this.financementCaf);
	}

}
