package fr.atelierctg.convention;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
 * An annex of a convention. Its number is its rank, computed when read. An annex of the
 * model has no stored text (its body comes from the model); an annex added by a user
 * holds its rich text, or describes the PDF file it is made of.
 */
@Entity
@Table(name = "annexe")
class Annexe {

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

	/** Model key ("diagnostic"…) or "libre-N": what {{annexe.KEY}} refers to. */
	private String cle;

	private String titre;

	private String contenu;

	@Embedded
	private FichierJoint fichier;

	/**
	 * Who saved the text last and when, to show them to a person whose save is refused.
	 */
	private String modifiePar;

	private java.time.Instant modifieLe;

	@Version
	private long version;

	protected Annexe() {
	}

	Annexe(String cle, String titre, String contenu) {
		this.cle = cle;
		this.titre = titre;
		this.contenu = contenu;
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
		if (!duModele() && this.fichier == null) {
			this.contenu = contenu;
		}
	}

	/** An annex made of an uploaded PDF: no text of its own, the file's pages. */
	void joindre(FichierJoint fichier) {
		this.fichier = fichier;
		this.contenu = "";
	}

	FichierJoint getFichier() {
		return this.fichier;
	}

	boolean duModele() {
		return this.contenu == null;
	}

	Long getId() {
		return this.id;
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

	long getVersion() {
		return this.version;
	}

	/** This element as saved now, for a person whose save was refused. */
	ElementConcurrent commeConcurrent() {
		return new ElementConcurrent(this.titre, this.contenu, this.version, this.modifiePar, this.modifieLe);
	}

}
