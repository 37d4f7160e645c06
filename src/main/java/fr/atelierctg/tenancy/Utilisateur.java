package fr.atelierctg.tenancy;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An account. Not filtered by tenant in Hibernate because signing in must find it before
 * the Caf is known; every other query names the Caf explicitly.
 */
@Entity
@Table(name = "utilisateur")
class Utilisateur {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long cafId;

	private String identifiant;

	private String motDePasse;

	private String prenom;

	private String nom;

	private String email;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean actif = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "utilisateur_collectivite", joinColumns = @JoinColumn(name = "utilisateur_id"))
	@Column(name = "siren")
	private Set<String> sirenCollectivites = new LinkedHashSet<>();

	@Version
	private long version;

	protected Utilisateur() {
	}

	Utilisateur(long cafId, String identifiant, String motDePasse, String prenom, String nom, String email, Role role,
			Set<String> sirenCollectivites) {
		this.cafId = cafId;
		this.identifiant = identifiant;
		this.motDePasse = motDePasse;
		this.prenom = prenom;
		this.nom = nom;
		this.email = email;
		this.role = role;
		this.sirenCollectivites.addAll(sirenCollectivites);
	}

	UtilisateurConnecte connecte() {
		return new UtilisateurConnecte(this.id, this.cafId, this.identifiant, this.motDePasse,
				this.prenom + " " + this.nom, this.role, Set.copyOf(this.sirenCollectivites), this.actif);
	}

	UtilisateurVue vue() {
		return new UtilisateurVue(this.id, this.identifiant, this.prenom, this.nom, this.email, this.role, this.actif,
				Set.copyOf(this.sirenCollectivites));
	}

	Long getId() {
		return this.id;
	}

	Long getCafId() {
		return this.cafId;
	}

}
