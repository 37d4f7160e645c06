package fr.atelierctg.modele;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** The Caf's wording of one text of the model (sanitized HTML with known fields). */
@Entity
@Table(name = "modele_variante_article")
class ArticleVariante {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "variante_id")
	private Variante variante;

	private String cle;

	private String contenu;

	private Instant modifieLe = Instant.now();

	private String modifiePar;

	protected ArticleVariante() {
	}

	ArticleVariante(Variante variante, String cle, String contenu, String auteur) {
		this.variante = variante;
		this.cle = cle;
		this.contenu = contenu;
		this.modifiePar = auteur;
	}

	void rediger(String contenu, String auteur) {
		this.contenu = contenu;
		this.modifieLe = Instant.now();
		this.modifiePar = auteur;
	}

	String getCle() {
		return this.cle;
	}

	String getContenu() {
		return this.contenu;
	}

	Instant getModifieLe() {
		return this.modifieLe;
	}

	String getModifiePar() {
		return this.modifiePar;
	}

}
