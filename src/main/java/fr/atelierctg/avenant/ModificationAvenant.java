package fr.atelierctg.avenant;

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
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * One change of an avenant: an article (or an annex as a whole), the wording it had when
 * picked (from the consolidated text) and its new wording.
 */
@Entity
@Table(name = "avenant_modification")
class ModificationAvenant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "avenant_id")
	private Avenant avenant;

	private int ordre;

	@Enumerated(EnumType.STRING)
	private CibleModification cible;

	private String reference;

	private String titre;

	private String ancienTexte;

	private String nouveauTexte;

	@Version
	private long version;

	protected ModificationAvenant() {
	}

	ModificationAvenant(CibleModification cible, String reference, String titre, String ancienTexte,
			String nouveauTexte) {
		this.cible = cible;
		this.reference = reference;
		this.titre = titre;
		this.ancienTexte = ancienTexte;
		this.nouveauTexte = nouveauTexte;
	}

	void rattacher(Avenant avenant, int ordre) {
		this.avenant = avenant;
		this.ordre = ordre;
	}

	void renumeroter(int ordre) {
		this.ordre = ordre;
	}

	void reecrire(String nouveauTexte) {
		this.avenant.verifierModifiable();
		this.nouveauTexte = nouveauTexte;
	}

	CibleModification getCible() {
		return this.cible;
	}

	String getReference() {
		return this.reference;
	}

	long getVersion() {
		return this.version;
	}

	ModificationLue lue() {
		return new ModificationLue(this.id, this.ordre, this.cible, this.reference, this.titre, this.ancienTexte,
				this.nouveauTexte, this.version);
	}

}
