package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** An investment project of a projection table, as stored. */
@Entity
@Table(name = "projection_projet")
class ProjetInvestissement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private int ordre;

	@Enumerated(EnumType.STRING)
	private TypeProjet type;

	private String description;

	private @Nullable BigDecimal cout;

	private @Nullable Integer anneeCible;

	private boolean ingenierieNecessaire;

	private String ingenierie;

	@SuppressWarnings("NullAway.Init")
	protected ProjetInvestissement() {
	}

	ProjetInvestissement(int ordre, Projet projet) {
		this.ordre = ordre;
		this.type = projet.type();
		this.description = projet.description();
		this.cout = projet.cout();
		this.anneeCible = projet.anneeCible();
		this.ingenierieNecessaire = projet.ingenierieNecessaire();
		this.ingenierie = projet.ingenierie();
	}

	int getOrdre() {
		return this.ordre;
	}

	Projet lu() {
		return new Projet(this.type, this.description, this.cout, this.anneeCible, this.ingenierieNecessaire,
				this.ingenierie);
	}

}
