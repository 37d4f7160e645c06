package fr.atelierctg.modele;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** What the Caf chose for one text changed by a new edition. */
@Entity
@Table(name = "modele_adoption_choix")
class ChoixAdoption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "adoption_id")
	private Adoption adoption;

	private String cle;

	private String titre;

	@Enumerated(EnumType.STRING)
	private Choix choix;

	protected ChoixAdoption() {
	}

	ChoixAdoption(Adoption adoption, String cle, String titre, Choix choix) {
		this.adoption = adoption;
		this.cle = cle;
		this.titre = titre;
		this.choix = choix;
	}

	String getCle() {
		return this.cle;
	}

	String getTitre() {
		return this.titre;
	}

	Choix getChoix() {
		return this.choix;
	}

}
