package fr.atelierctg.convention;

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
 * An article (or the préambule) of a convention. Its number is never stored: it is its
 * rank among the articles, computed when the convention is read.
 */
@Entity
@Table(name = "article")
class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "convention_id")
	private Convention convention;

	/** Moving an element is not editing it: no conflict with someone editing its text. */
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	private int ordre;

	@Enumerated(EnumType.STRING)
	private NatureArticle nature;

	/**
	 * Model key ("objet", "suivi"…), "partenaire-N" or "libre-N": what {{article.KEY}}
	 * refers to.
	 */
	private String cle;

	private String titre;

	private String contenu;

	private Long signataireId;

	/**
	 * Who saved the text last and when, to show them to a person whose save is refused.
	 */
	private String modifiePar;

	private java.time.Instant modifieLe;

	@Version
	private long version;

	protected Article() {
	}

	Article(NatureArticle nature, String cle, String titre, String contenu, Long signataireId) {
		this.nature = nature;
		this.cle = cle;
		this.titre = titre;
		this.contenu = contenu;
		this.signataireId = signataireId;
	}

	void rattacher(Convention convention) {
		this.convention = convention;
	}

	void placer(int ordre) {
		this.ordre = ordre;
	}

	void rediger(String titre, String contenu, String auteur) {
		this.modifiePar = auteur;
		this.modifieLe = java.time.Instant.now();
		this.titre = titre;
		this.contenu = contenu;
	}

	Long getId() {
		return this.id;
	}

	NatureArticle getNature() {
		return this.nature;
	}

	String getCle() {
		return this.cle;
	}

	String getTitre() {
		return this.titre;
	}

	String getContenu() {
		return this.contenu;
	}

	Long getSignataireId() {
		return this.signataireId;
	}

	long getVersion() {
		return this.version;
	}

	/** This element as saved now, for a person whose save was refused. */
	ElementConcurrent commeConcurrent() {
		return new ElementConcurrent(this.titre, this.contenu, this.version, this.modifiePar, this.modifieLe);
	}

}
