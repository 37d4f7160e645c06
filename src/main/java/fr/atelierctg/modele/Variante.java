package fr.atelierctg.modele;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * A Caf's variant of the national model: the edition it is based on and the Caf's wording
 * of the texts it adapted. Every change goes through here and raises the version.
 */
@Entity
@Table(name = "modele_variante")
class Variante {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	private String editionBase;

	@Version
	private long version = 1;

	private Instant creeeLe = Instant.now();

	private String creeePar;

	private Instant modifieeLe = this.creeeLe;

	private String modifieePar;

	@OneToMany(mappedBy = "variante", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ArticleVariante> articles = new ArrayList<>();

	protected Variante() {
	}

	Variante(String editionBase, String auteur) {
		this.editionBase = editionBase;
		this.creeePar = auteur;
		this.modifieePar = auteur;
	}

	Optional<ArticleVariante> article(String cle) {
		return this.articles.stream().filter((a) -> a.getCle().equals(cle)).findFirst();
	}

	void adapter(String cle, String contenu, String auteur) {
		article(cle).ifPresentOrElse((a) -> a.rediger(contenu, auteur),
				() -> this.articles.add(new ArticleVariante(this, cle, contenu, auteur)));
		touche(auteur);
	}

	void revenirAuNational(String cle, String auteur) {
		article(cle).ifPresent(this.articles::remove);
		touche(auteur);
	}

	void rebaser(String edition, String auteur) {
		this.editionBase = edition;
		touche(auteur);
	}

	private void touche(String auteur) {
		this.modifieeLe = Instant.now();
		this.modifieePar = auteur;
	}

	Long getId() {
		return this.id;
	}

	Long getCafId() {
		return this.cafId;
	}

	String getEditionBase() {
		return this.editionBase;
	}

	long getVersion() {
		return this.version;
	}

	Instant getModifieeLe() {
		return this.modifieeLe;
	}

	String getModifieePar() {
		return this.modifieePar;
	}

	List<ArticleVariante> getArticles() {
		return this.articles;
	}

}
