package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.erreurs.DonneesInvalides;

/**
 * The projection table of one autorité organisatrice (and one zone of its territory, or
 * "" for the whole of it) in a convention. Its cells are kept per column ("actuel" or a
 * year): saving the columns of the current period never touches the other years.
 */
@Entity
@Table(name = "projection_tableau")
class TableauProjection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private long conventionId;

	private String codeAo;

	private String zone;

	private @Nullable BigDecimal etpVacants;

	@Column(name = "etp_a_creer")
	private @Nullable BigDecimal etpACreer;

	private String competences = "";

	private String autresBesoins = "";

	private Instant modifieLe = Instant.now();

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "tableau_id", nullable = false)
	@BatchSize(size = 100)
	private List<ValeurProjection> valeurs = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "tableau_id", nullable = false)
	@OrderBy("ordre")
	@BatchSize(size = 100)
	private List<ProjetInvestissement> projets = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected TableauProjection() {
	}

	TableauProjection(long conventionId, String codeAo, String zone) {
		this.conventionId = conventionId;
		this.codeAo = codeAo;
		this.zone = zone;
	}

	String getZone() {
		return this.zone;
	}

	String getCodeAo() {
		return this.codeAo;
	}

	long getVersion() {
		return this.version;
	}

	/**
	 * Replaces the cells of the given columns, the besoins and the projects; a save made
	 * over another user's is refused.
	 * @param versionLue the version the user edited (null: no check, for the API)
	 */
	void enregistrer(@Nullable Long versionLue, List<String> colonnes, ContenuProjection contenu) {
		if (versionLue != null && versionLue != this.version) {
			throw DonneesInvalides.sur("version",
					"Ce tableau a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. "
							+ "Rechargez la page pour voir sa dernière version avant de le modifier.");
		}
		Map<String, ValeurProjection> existantes = new LinkedHashMap<>();
		this.valeurs.forEach((v) -> existantes.put(v.getLigne() + "/" + v.getColonne(), v));
		for (LigneProjection ligne : LigneProjection.values()) {
			for (String colonne : colonnes) {
				BigDecimal nouvelle = contenu.valeur(ligne, colonne);
				ValeurProjection existante = existantes.get(ligne + "/" + colonne);
				if (nouvelle == null && existante != null) {
					this.valeurs.remove(existante);
				}
				else if (nouvelle != null && existante != null) {
					existante.changer(nouvelle);
				}
				else if (nouvelle != null) {
					this.valeurs.add(new ValeurProjection(ligne, colonne, nouvelle));
				}
			}
		}
		Besoins besoins = contenu.besoins();
		this.etpVacants = besoins.etpVacants();
		this.etpACreer = besoins.etpACreer();
		this.competences = besoins.competences();
		this.autresBesoins = besoins.autresBesoins();
		this.projets.clear();
		for (Projet projet : contenu.projets()) {
			this.projets.add(new ProjetInvestissement(this.projets.size() + 1, projet));
		}
		this.modifieLe = Instant.now();
	}

	/** What the table holds for these columns, and the other years that hold values. */
	TableauLu lu(List<String> colonnes) {
		Map<LigneProjection, Map<String, BigDecimal>> parLigne = new EnumMap<>(LigneProjection.class);
		Set<String> horsPeriode = new TreeSet<>();
		for (ValeurProjection valeur : this.valeurs) {
			if (colonnes.contains(valeur.getColonne())) {
				parLigne.computeIfAbsent(valeur.getLigne(), (l) -> new LinkedHashMap<>())
					.put(valeur.getColonne(), valeur.getValeur());
			}
			else {
				horsPeriode.add(valeur.getColonne());
			}
		}
		List<Projet> lus = this.projets.stream()
			.sorted(Comparator.comparingInt(ProjetInvestissement::getOrdre))
			.map(ProjetInvestissement::lu)
			.toList();
		return new TableauLu(this.codeAo, this.zone, this.version, parLigne,
				new Besoins(this.etpVacants, this.etpACreer, this.competences, this.autresBesoins), lus,
				List.copyOf(horsPeriode));
	}

}
