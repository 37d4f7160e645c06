package fr.atelierctg.annexe.competences;

import java.util.EnumMap;
import java.util.Map;

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

/**
 * A row of the AO table as stored. A commune row holds how it exercises each competence
 * and, optionally, a population typed with its source; a groupement row holds nothing but
 * its identity, its figures being computed from the commune rows.
 */
@Entity
@Table(name = "competence_ligne")
class LigneCompetences {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private long conventionId;

	private long signataireId;

	@Enumerated(EnumType.STRING)
	private NatureLigne nature;

	private String code;

	private String nom;

	private @Nullable Integer populationSaisie;

	private @Nullable String populationSource;

	private @Nullable Integer populationAnnee;

	@Enumerated(EnumType.STRING)
	private @Nullable Exercice recenser;

	@Enumerated(EnumType.STRING)
	private @Nullable Exercice informer;

	@Enumerated(EnumType.STRING)
	private @Nullable Exercice planifier;

	@Enumerated(EnumType.STRING)
	private @Nullable Exercice soutenir;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected LigneCompetences() {
	}

	LigneCompetences(long conventionId, Ligne ligne) {
		this.conventionId = conventionId;
		this.signataireId = ligne.signataireId();
		this.nature = ligne.nature();
		this.code = ligne.code();
		this.nom = ligne.nom();
		if (ligne.nature() == NatureLigne.COMMUNE) {
			exercer(ligne.exercices());
		}
	}

	/** An immutable copy, for the reads. */
	Ligne instantane() {
		Map<Competence, Exercice> exercices = new EnumMap<>(Competence.class);
		if (this.nature == NatureLigne.COMMUNE) {
			exercices.put(Competence.RECENSER_BESOINS, this.recenser);
			exercices.put(Competence.INFORMER_ACCOMPAGNER, this.informer);
			exercices.put(Competence.PLANIFIER, this.planifier);
			exercices.put(Competence.SOUTENIR_QUALITE, this.soutenir);
		}
		Ligne.Saisie saisie = (this.populationSaisie == null) ? null : new Ligne.Saisie(this.populationSaisie,
				String.valueOf(this.populationSource), (this.populationAnnee == null) ? 0 : this.populationAnnee);
		return new Ligne((this.id == null) ? 0 : this.id, this.signataireId, this.nature, this.code, this.nom, saisie,
				exercices, this.version);
	}

	void modifier(Ligne.@Nullable Saisie saisie, Map<Competence, Exercice> exercices) {
		this.populationSaisie = (saisie == null) ? null : saisie.valeur();
		this.populationSource = (saisie == null) ? null : saisie.source();
		this.populationAnnee = (saisie == null) ? null : saisie.annee();
		exercer(exercices);
	}

	/** The commune now signs: its row moves to its own part. */
	void rattacher(long signataireId) {
		this.signataireId = signataireId;
	}

	private void exercer(Map<Competence, Exercice> exercices) {
		this.recenser = exercices.get(Competence.RECENSER_BESOINS);
		this.informer = exercices.get(Competence.INFORMER_ACCOMPAGNER);
		this.planifier = exercices.get(Competence.PLANIFIER);
		this.soutenir = exercices.get(Competence.SOUTENIR_QUALITE);
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getSignataireId() {
		return this.signataireId;
	}

	NatureLigne getNature() {
		return this.nature;
	}

	String getCode() {
		return this.code;
	}

	long getVersion() {
		return this.version;
	}

}
