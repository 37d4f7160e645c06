package fr.atelierctg.annexe.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** An axis of the plan d'actions as stored; its number is its place among the axes. */
@Entity
@Table(name = "plan_axe")
class Axe implements Ordonne {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private long conventionId;

	private int ordre;

	private String intitule;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Axe() {
	}

	Axe(long conventionId, int ordre, String intitule) {
		this.conventionId = conventionId;
		this.ordre = ordre;
		this.intitule = intitule;
	}

	/** The same axis, at the same place, in a successor convention. */
	Axe reprisDans(long conventionId) {
		return new Axe(conventionId, this.ordre, this.intitule);
	}

	long getId() {
		return java.util.Objects.requireNonNull(this.id);
	}

	long getConventionId() {
		return this.conventionId;
	}

	@Override
	public void placer(int ordre) {
		this.ordre = ordre;
	}

	String getIntitule() {
		return this.intitule;
	}

	long getVersion() {
		return this.version;
	}

	void renommer(String intitule) {
		this.intitule = intitule;
	}

}
