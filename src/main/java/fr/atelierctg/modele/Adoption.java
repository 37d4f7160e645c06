package fr.atelierctg.modele;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * A variant moved onto a newer national edition: who, when, and each choice. Never
 * changed.
 */
@Entity
@Table(name = "modele_adoption")
class Adoption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	private long varianteId;

	private String editionAvant;

	private String editionApres;

	private long versionVariante;

	private Instant adopteeLe = Instant.now();

	private String adopteePar;

	@OneToMany(mappedBy = "adoption", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<ChoixAdoption> choix = new ArrayList<>();

	protected Adoption() {
	}

	Adoption(long varianteId, String editionAvant, String editionApres, String auteur) {
		this.varianteId = varianteId;
		this.editionAvant = editionAvant;
		this.editionApres = editionApres;
		this.adopteePar = auteur;
	}

	void choisir(String cle, String titre, Choix choix) {
		this.choix.add(new ChoixAdoption(this, cle, titre, choix));
	}

	void aboutitA(long versionVariante) {
		this.versionVariante = versionVariante;
	}

	AdoptionLue lue() {
		return new AdoptionLue(this.editionAvant, this.editionApres, this.versionVariante, this.adopteeLe,
				this.adopteePar,
				this.choix.stream()
					.map((c) -> new AdoptionLue.ChoixLu(c.getCle(), c.getTitre(), c.getChoix()))
					.toList());
	}

}
