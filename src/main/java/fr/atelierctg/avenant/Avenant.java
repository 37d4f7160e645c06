package fr.atelierctg.avenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.convention.SignatureLu;

/**
 * An avenant to a signed convention: its purpose, modifications, status and signatures.
 */
@Entity
@Table(name = "avenant")
class Avenant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	private long conventionId;

	private int numero;

	private String objet;

	@Enumerated(EnumType.STRING)
	private TypeAvenant type;

	@Enumerated(EnumType.STRING)
	private StatutAvenant statut = StatutAvenant.BROUILLON;

	private @Nullable LocalDate dateEffet;

	private @Nullable LocalDate nouvelleDateFin;

	private @Nullable String lieu;

	private String creePar;

	private Instant creeLe = Instant.now();

	private Instant modifieLe = Instant.now();

	@Version
	private long version;

	@OneToMany(mappedBy = "avenant", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordre")
	private List<ModificationAvenant> modifications = new ArrayList<>();

	@OneToMany(mappedBy = "avenant", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("dateSignature, id")
	private List<SignatureAvenant> signatures = new ArrayList<>();

	protected Avenant() {
	}

	Avenant(long conventionId, int numero, TypeAvenant type, String objet, @Nullable LocalDate dateEffet,
			@Nullable LocalDate nouvelleDateFin, @Nullable String lieu, String creePar) {
		this.conventionId = conventionId;
		this.numero = numero;
		this.type = type;
		this.objet = objet;
		this.dateEffet = dateEffet;
		this.nouvelleDateFin = nouvelleDateFin;
		this.lieu = lieu;
		this.creePar = creePar;
	}

	/**
	 * @throws ConflitMetier (409) once validated: an avenant's text is then frozen
	 */
	void verifierModifiable() {
		if (!this.statut.modifiable()) {
			throw new ConflitMetier("L'avenant n° " + this.numero + " est « " + this.statut.libelle()
					+ " » : son texte ne peut plus être modifié.");
		}
	}

	void modifierEntete(String objet, @Nullable LocalDate dateEffet, @Nullable String lieu) {
		verifierModifiable();
		this.objet = objet;
		this.dateEffet = dateEffet;
		this.lieu = lieu;
		touche();
	}

	ModificationAvenant ajouter(ModificationAvenant modification) {
		verifierModifiable();
		modification.rattacher(this, this.modifications.size() + 1);
		this.modifications.add(modification);
		touche();
		return modification;
	}

	void retirer(ModificationAvenant modification) {
		verifierModifiable();
		this.modifications.remove(modification);
		int ordre = 0;
		for (ModificationAvenant restante : this.modifications) {
			restante.renumeroter(++ordre);
		}
		touche();
	}

	Optional<ModificationAvenant> modification(CibleModification cible, String reference) {
		return this.modifications.stream()
			.filter((m) -> m.getCible() == cible && m.getReference().equals(reference))
			.findFirst();
	}

	void passer(TransitionAvenant transition) {
		if (this.statut != transition.depuis()) {
			throw new ConflitMetier("« " + transition.libelle() + " » n'est pas possible : l'avenant est « "
					+ this.statut.libelle() + " ».");
		}
		this.statut = transition.vers();
		touche();
	}

	SignatureAvenant signer(SignatureAvenant signature) {
		this.signatures.add(signature);
		signature.rattacher(this);
		touche();
		return signature;
	}

	void constaterSignatures() {
		this.statut = StatutAvenant.SIGNE;
		touche();
	}

	Optional<SignatureAvenant> signature(long signataireId) {
		return this.signatures.stream().filter((s) -> s.getSignataireId() == signataireId).findFirst();
	}

	private void touche() {
		this.modifieLe = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	long getConventionId() {
		return this.conventionId;
	}

	int getNumero() {
		return this.numero;
	}

	TypeAvenant getType() {
		return this.type;
	}

	StatutAvenant getStatut() {
		return this.statut;
	}

	@Nullable LocalDate getNouvelleDateFin() {
		return this.nouvelleDateFin;
	}

	List<ModificationAvenant> getModifications() {
		return this.modifications;
	}

	List<SignatureAvenant> getSignatures() {
		return this.signatures;
	}

	AvenantLu lu() {
		List<SignatureLu> signees = this.signatures.stream().map(SignatureAvenant::lue).toList();
		return new AvenantLu(this.id, this.conventionId, this.numero, this.type, this.statut, this.objet,
				this.dateEffet, this.nouvelleDateFin, this.lieu, this.creePar, this.creeLe, this.modifieLe,
				this.version, this.modifications.stream().map(ModificationAvenant::lue).toList(), signees);
	}

}
