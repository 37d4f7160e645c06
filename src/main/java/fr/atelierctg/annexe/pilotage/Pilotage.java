package fr.atelierctg.annexe.pilotage;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import fr.atelierctg.annexe.pilotage.PilotageLu.ChargeCooperationLu;
import fr.atelierctg.annexe.pilotage.PilotageLu.CommissionLue;
import fr.atelierctg.annexe.pilotage.PilotageLu.MembreTechniqueLu;

/**
 * The part of annex 4 the Caf edits, one per convention: meeting frequencies and missions
 * of both comités, the comité technique's members, the commissions de travail and the
 * chargés de coopération. Each save replaces it whole.
 */
@Entity
@Table(name = "pilotage")
class Pilotage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private long conventionId;

	@Enumerated(EnumType.STRING)
	private @Nullable Frequence frequenceCopil;

	private String precisionFrequenceCopil = "";

	private String missionsCopil = "";

	@Enumerated(EnumType.STRING)
	private @Nullable Frequence frequenceTechnique;

	private String precisionFrequenceTechnique = "";

	private String missionsTechnique = "";

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "pilotage_id", nullable = false)
	@OrderBy("ordre")
	private List<MembreTechnique> membresTechniques = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "pilotage_id", nullable = false)
	@OrderBy("ordre")
	private List<Commission> commissions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "pilotage_id", nullable = false)
	@OrderBy("ordre")
	private List<ChargeCooperation> charges = new ArrayList<>();

	@Version
	private long version;

	protected Pilotage() {
	}

	Pilotage(long conventionId) {
		this.conventionId = conventionId;
	}

	/** Replaces everything with already validated values. */
	void remplacer(Organisation organisation) {
		this.frequenceCopil = organisation.frequenceCopil();
		this.precisionFrequenceCopil = organisation.precisionFrequenceCopil();
		this.missionsCopil = organisation.missionsCopil();
		this.frequenceTechnique = organisation.frequenceTechnique();
		this.precisionFrequenceTechnique = organisation.precisionFrequenceTechnique();
		this.missionsTechnique = organisation.missionsTechnique();
		this.membresTechniques.clear();
		int ordre = 0;
		for (MembreTechniqueLu membre : organisation.membresTechniques()) {
			this.membresTechniques.add(new MembreTechnique(++ordre, membre));
		}
		this.commissions.clear();
		ordre = 0;
		for (CommissionLue commission : organisation.commissions()) {
			this.commissions.add(new Commission(++ordre, commission));
		}
		this.charges.clear();
		ordre = 0;
		for (ChargeCooperationLu charge : organisation.charges()) {
			this.charges.add(new ChargeCooperation(++ordre, charge));
		}
	}

	Organisation organisation() {
		return new Organisation(this.frequenceCopil, this.precisionFrequenceCopil, this.missionsCopil,
				this.membresTechniques.stream().map(MembreTechnique::lu).toList(), this.frequenceTechnique,
				this.precisionFrequenceTechnique, this.missionsTechnique,
				this.commissions.stream().map(Commission::lue).toList(),
				this.charges.stream().map(ChargeCooperation::lu).toList());
	}

	long getVersion() {
		return this.version;
	}

	/** The Caf's part of annex 4 as plain values, validated. */
	record Organisation(@Nullable Frequence frequenceCopil, String precisionFrequenceCopil, String missionsCopil,
			List<MembreTechniqueLu> membresTechniques, @Nullable Frequence frequenceTechnique,
			String precisionFrequenceTechnique, String missionsTechnique, List<CommissionLue> commissions,
			List<ChargeCooperationLu> charges) {

		static final Organisation VIDE = new Organisation(null, "", "", List.of(), null, "", "", List.of(), List.of());

	}

}
