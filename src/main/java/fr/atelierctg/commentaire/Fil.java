package fr.atelierctg.commentaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

/**
 * A thread: its target and visibility, fixed at its opening, its comments in order, and
 * whether it is resolved (who resolved and reopened it last, and when, are kept).
 */
@Entity
@Table(name = "commentaire_fil")
class Fil {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private long conventionId;

	private @Nullable Long articleId;

	private @Nullable Long annexeId;

	private @Nullable String section;

	private boolean interne;

	private boolean resolu;

	private @Nullable Instant resoluLe;

	private @Nullable String resoluPar;

	private @Nullable Instant rouvertLe;

	private @Nullable String rouvertPar;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "fil_id", nullable = false)
	@OrderBy("id")
	private List<Commentaire> commentaires = new ArrayList<>();

	@Version
	private long version;

	protected Fil() {
	}

	Fil(long conventionId, Cible cible, boolean interne, Commentaire premier) {
		this.conventionId = conventionId;
		this.articleId = cible.articleId();
		this.annexeId = cible.annexeId();
		this.section = cible.section();
		this.interne = interne;
		this.commentaires.add(premier);
	}

	void repondre(Commentaire reponse) {
		this.commentaires.add(reponse);
	}

	/** Marks the thread resolved; nothing changes if it already is. */
	void resoudre(String par, Instant le) {
		if (!this.resolu) {
			this.resolu = true;
			this.resoluPar = par;
			this.resoluLe = le;
		}
	}

	/** Opens the thread again; the last resolution stays known. */
	void rouvrir(String par, Instant le) {
		if (this.resolu) {
			this.resolu = false;
			this.rouvertPar = par;
			this.rouvertLe = le;
		}
	}

	/** The collectivités (SIRENs) of whoever opened the thread; empty for the Caf. */
	Set<String> sirensDeLOuverture() {
		return this.commentaires.getFirst().sirens();
	}

	Cible cible() {
		return new Cible(this.articleId, this.annexeId, this.section);
	}

	long getId() {
		return (this.id == null) ? 0 : this.id;
	}

	long getConventionId() {
		return this.conventionId;
	}

	boolean isInterne() {
		return this.interne;
	}

	boolean isResolu() {
		return this.resolu;
	}

	@Nullable Instant getResoluLe() {
		return this.resoluLe;
	}

	@Nullable String getResoluPar() {
		return this.resoluPar;
	}

	@Nullable Instant getRouvertLe() {
		return this.rouvertLe;
	}

	@Nullable String getRouvertPar() {
		return this.rouvertPar;
	}

	List<Commentaire> getCommentaires() {
		return this.commentaires;
	}

}
