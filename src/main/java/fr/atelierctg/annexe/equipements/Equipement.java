package fr.atelierctg.annexe.equipements;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A row of annex 2 as stored: one équipement of one signatory collectivité. */
@Entity
@Table(name = "equipement")
class Equipement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private long conventionId;

	private long signataireId;

	private int ordre;

	@Enumerated(EnumType.STRING)
	private TypeEquipement type;

	private String nom;

	private String gestionnaire;

	private String adresse;

	private String commune;

	private String codeInsee;

	private @Nullable BigDecimal capacite;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Equipement() {
	}

	Equipement(long conventionId, long signataireId, int ordre, LigneEquipement ligne) {
		this.conventionId = conventionId;
		this.signataireId = signataireId;
		this.ordre = ordre;
		modifier(ligne);
	}

	void modifier(LigneEquipement ligne) {
		this.type = ligne.type();
		this.nom = ligne.nom();
		this.gestionnaire = ligne.gestionnaire();
		this.adresse = ligne.adresse();
		this.commune = ligne.commune();
		this.codeInsee = ligne.codeInsee();
		this.capacite = ligne.capacite();
	}

	EquipementLu lu() {
		return new EquipementLu(java.util.Objects.requireNonNull(this.id), this.signataireId, this.version, ligne());
	}

	long getConventionId() {
		return this.conventionId;
	}

	long getVersion() {
		return this.version;
	}

	int getOrdre() {
		return this.ordre;
	}

	long getSignataireId() {
		return this.signataireId;
	}

	LigneEquipement ligne() {
		return new LigneEquipement(this.type, this.nom, this.gestionnaire, this.adresse, this.commune, this.codeInsee,
				this.capacite);
	}

}
