package fr.atelierctg.annexe.pilotage;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
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

import fr.atelierctg.annexe.pilotage.PilotageLu.MembreCopilLu;

/**
 * The members one signatory designates to the comité de pilotage. Kept per signatory so
 * that the chargé·e de coopération of a collectivité edits its own list, and two
 * signatories saving at the same time never overwrite each other.
 */
@Entity
@Table(name = "pilotage_delegation")
class Delegation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private long conventionId;

	private long signataireId;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "delegation_id", nullable = false)
	@OrderBy("ordre")
	private List<MembreCopil> membres = new ArrayList<>();

	@Version
	private long version;

	protected Delegation() {
	}

	Delegation(long conventionId, long signataireId) {
		this.conventionId = conventionId;
		this.signataireId = signataireId;
	}

	void remplacer(List<MembreCopilLu> nouveaux) {
		this.membres.clear();
		int ordre = 0;
		for (MembreCopilLu membre : nouveaux) {
			this.membres.add(new MembreCopil(++ordre, membre));
		}
	}

	long getSignataireId() {
		return this.signataireId;
	}

	long getVersion() {
		return this.version;
	}

	List<MembreCopilLu> membres() {
		return this.membres.stream().map(MembreCopil::lu).toList();
	}

}
