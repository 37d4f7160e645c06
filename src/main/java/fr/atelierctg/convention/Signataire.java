package fr.atelierctg.convention;

import java.time.LocalDate;

import fr.atelierctg.common.francais.Civilite;
import jakarta.persistence.Column;
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
 * A body that signs the convention, with its representative and the deliberation
 * authorising them.
 */
@Entity
@Table(name = "signataire")
class Signataire {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "convention_id")
	private Convention convention;

	private int ordre;

	@Enumerated(EnumType.STRING)
	private TypeSignataire type;

	@Enumerated(EnumType.STRING)
	private CategoriePartenaire categorie;

	private String codeInsee;

	private String siren;

	private String nom;

	private short typeLiaison;

	private String typeEpci;

	private Integer population;

	@Enumerated(EnumType.STRING)
	private Civilite civilite;

	private String prenom;

	@Column(name = "nom_representant")
	private String nomRepresentant;

	private String qualite;

	@Enumerated(EnumType.STRING)
	private Civilite coCivilite;

	private String coPrenom;

	private String coNom;

	private String coQualite;

	private String deliberationInstance;

	private LocalDate deliberationDate;

	@Version
	private long version;

	protected Signataire() {
	}

	Signataire(IdentiteSignataire identite) {
		identifier(identite);
	}

	void rattacher(Convention convention, int ordre) {
		this.convention = convention;
		this.ordre = ordre;
	}

	void identifier(IdentiteSignataire identite) {
		this.type = identite.type();
		this.categorie = identite.categorie();
		this.codeInsee = identite.codeInsee();
		this.siren = identite.siren();
		this.nom = identite.nom();
		this.typeLiaison = (short) identite.typeLiaison();
		this.typeEpci = identite.typeEpci();
		this.population = identite.population();
	}

	void representer(Representant representant, Representant coRepresentant) {
		this.civilite = (representant != null) ? representant.civilite() : null;
		this.prenom = (representant != null) ? representant.prenom() : null;
		this.nomRepresentant = (representant != null) ? representant.nom() : null;
		this.qualite = (representant != null) ? representant.qualite() : null;
		this.coCivilite = (coRepresentant != null) ? coRepresentant.civilite() : null;
		this.coPrenom = (coRepresentant != null) ? coRepresentant.prenom() : null;
		this.coNom = (coRepresentant != null) ? coRepresentant.nom() : null;
		this.coQualite = (coRepresentant != null) ? coRepresentant.qualite() : null;
	}

	void deliberer(String instance, LocalDate date) {
		this.deliberationInstance = instance;
		this.deliberationDate = date;
	}

	Long getId() {
		return this.id;
	}

	int getOrdre() {
		return this.ordre;
	}

	TypeSignataire getType() {
		return this.type;
	}

	String getSiren() {
		return this.siren;
	}

	String getCodeInsee() {
		return this.codeInsee;
	}

	IdentiteSignataire identite() {
		return new IdentiteSignataire(this.type, this.categorie, this.codeInsee, this.siren, this.nom, this.typeLiaison,
				this.typeEpci, this.population);
	}

	SignataireLu lu() {
		Representant representant = (this.nomRepresentant == null) ? null
				: new Representant(this.civilite, this.prenom, this.nomRepresentant, this.qualite);
		Representant coRepresentant = (this.coNom == null) ? null
				: new Representant(this.coCivilite, this.coPrenom, this.coNom, this.coQualite);
		return new SignataireLu(this.id, this.ordre,
				new IdentiteSignataire(this.type, this.categorie, this.codeInsee, this.siren, this.nom,
						this.typeLiaison, this.typeEpci, this.population),
				representant, coRepresentant, this.deliberationInstance, this.deliberationDate, this.version);
	}

}
