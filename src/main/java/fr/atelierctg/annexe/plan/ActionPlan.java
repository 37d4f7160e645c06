package fr.atelierctg.annexe.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A fiche action as stored: its place in its axis, its rubrics, pilot and chargé(e). */
@Entity
@Table(name = "plan_action")
class ActionPlan implements Ordonne {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private long conventionId;

	private long axeId;

	private int ordre;

	private String intitule;

	private String diagnosticInitial;

	private String publicCible;

	private String objectifsOperationnels;

	private String modalitesMiseEnOeuvre;

	private String echeances;

	private String servicesMobilises;

	private String resultatsAttendus;

	private String partenairesSollicites;

	private String indicateursEvaluation;

	private String specificitesAo;

	private @Nullable Long piloteSignataireId;

	private @Nullable Long chargeCooperationId;

	@jakarta.persistence.Column(name = "a_reecrire")
	private boolean aReecrire;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected ActionPlan() {
	}

	ActionPlan(long conventionId, long axeId, int ordre) {
		this.conventionId = conventionId;
		this.axeId = axeId;
		this.ordre = ordre;
		rediger("", Fiche.VIDE, null, null);
	}

	void rediger(String intitule, Fiche fiche, @Nullable Long piloteSignataireId, @Nullable Long chargeCooperationId) {
		this.intitule = intitule;
		this.diagnosticInitial = fiche.diagnosticInitial();
		this.publicCible = fiche.publicCible();
		this.objectifsOperationnels = fiche.objectifsOperationnels();
		this.modalitesMiseEnOeuvre = fiche.modalitesMiseEnOeuvre();
		this.echeances = fiche.echeances();
		this.servicesMobilises = fiche.servicesMobilises();
		this.resultatsAttendus = fiche.resultatsAttendus();
		this.partenairesSollicites = fiche.partenairesSollicites();
		this.indicateursEvaluation = fiche.indicateursEvaluation();
		this.specificitesAo = fiche.specificitesAo();
		this.piloteSignataireId = piloteSignataireId;
		this.chargeCooperationId = chargeCooperationId;
		this.aReecrire = false;
	}

	/**
	 * The same fiche in a successor convention, in the given axis and place, kept as is
	 * or to rewrite (marked until its next save).
	 */
	ActionPlan reprise(long conventionId, long axeId, int ordre, @Nullable Long pilote, boolean aReecrire) {
		ActionPlan copie = new ActionPlan(conventionId, axeId, ordre);
		copie.rediger(this.intitule, fiche(), pilote, this.chargeCooperationId);
		copie.aReecrire = aReecrire;
		return copie;
	}

	boolean isAReecrire() {
		return this.aReecrire;
	}

	Fiche fiche() {
		return new Fiche(this.diagnosticInitial, this.publicCible, this.objectifsOperationnels,
				this.modalitesMiseEnOeuvre, this.echeances, this.servicesMobilises, this.resultatsAttendus,
				this.partenairesSollicites, this.indicateursEvaluation, this.specificitesAo);
	}

	long getId() {
		return java.util.Objects.requireNonNull(this.id);
	}

	long getConventionId() {
		return this.conventionId;
	}

	long getAxeId() {
		return this.axeId;
	}

	void rattacherA(long axeId) {
		this.axeId = axeId;
	}

	@Override
	public void placer(int ordre) {
		this.ordre = ordre;
	}

	String getIntitule() {
		return this.intitule;
	}

	@Nullable Long getPiloteSignataireId() {
		return this.piloteSignataireId;
	}

	@Nullable Long getChargeCooperationId() {
		return this.chargeCooperationId;
	}

	long getVersion() {
		return this.version;
	}

}
