package fr.atelierctg.renouvellement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What the renewal decided for one fiche action of the predecessor, kept with the
 * successor: its number and title then, the choice, the note, the copy if any.
 */
@Entity
@Table(name = "renouvellement_fiche")
class FicheDuRenouvellement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private long conventionId;

	private int ordre;

	private String numero;

	private String intitule;

	@Enumerated(EnumType.STRING)
	private ChoixFiche choix;

	private String note;

	private @Nullable Long actionId;

	@SuppressWarnings("NullAway.Init")
	protected FicheDuRenouvellement() {
	}

	FicheDuRenouvellement(long conventionId, int ordre, String numero, String intitule, ChoixFiche choix, String note,
			@Nullable Long actionId) {
		this.conventionId = conventionId;
		this.ordre = ordre;
		this.numero = numero;
		this.intitule = intitule;
		this.choix = choix;
		this.note = note;
		this.actionId = actionId;
	}

	FicheReprise lue() {
		return new FicheReprise(this.numero, this.intitule, this.choix, this.note, this.actionId);
	}

}
