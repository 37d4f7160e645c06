package fr.atelierctg.commentaire;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One comment of a thread, with its author as they were named when they wrote it. */
@Entity
@Table(name = "commentaire")
class Commentaire {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private String texte = "";

	private long auteurId;

	private String auteurNom = "";

	private String auteurOrganisme = "";

	private String auteurSirens = "";

	private Instant ecritLe = Instant.EPOCH;

	protected Commentaire() {
	}

	Commentaire(String texte, Auteur auteur, Instant ecritLe) {
		this.texte = texte;
		this.auteurId = auteur.id();
		this.auteurNom = auteur.nom();
		this.auteurOrganisme = auteur.organisme();
		this.auteurSirens = String.join(",", new TreeSet<>(auteur.sirens()));
		this.ecritLe = ecritLe;
	}

	long getId() {
		return (this.id == null) ? 0 : this.id;
	}

	Set<String> sirens() {
		return this.auteurSirens.isEmpty() ? Set.of()
				: Arrays.stream(this.auteurSirens.split(",")).collect(Collectors.toUnmodifiableSet());
	}

	String getAuteurNom() {
		return this.auteurNom;
	}

	CommentaireLu lu() {
		return new CommentaireLu(getId(), this.texte, this.auteurNom, this.auteurOrganisme, this.ecritLe);
	}

	/**
	 * Who writes: account id, name, organisation as shown, and their collectivités
	 * (SIRENs; empty for the Caf's staff).
	 */
	record Auteur(long id, String nom, String organisme, Set<String> sirens) {
	}

}
