package fr.atelierctg.tableaudebord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.annexe.competences.CompetencesApi;
import fr.atelierctg.annexe.competences.Constat;
import fr.atelierctg.annexe.competences.LigneAo;
import fr.atelierctg.annexe.competences.Population;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionAvecSignataires;
import fr.atelierctg.convention.IdentiteSignataire;
import fr.atelierctg.convention.RapportVerification;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.convention.VerificationConvention.Signalement;
import fr.atelierctg.referentiel.CommuneRef;
import fr.atelierctg.referentiel.EpciRef;
import fr.atelierctg.referentiel.PopulationDepartement;
import fr.atelierctg.referentiel.ReferentielApi;
import fr.atelierctg.referentiel.Source;
import fr.atelierctg.tableaudebord.TableauDeBord.AlerteAo;
import fr.atelierctg.tableaudebord.TableauDeBord.CollectiviteSansRelais;
import fr.atelierctg.tableaudebord.TableauDeBord.CouvertureDepartement;
import fr.atelierctg.tableaudebord.TableauDeBord.NombreParStatut;
import fr.atelierctg.tableaudebord.TableauDeBord.VerificationOuverte;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.TenancyApi;

/**
 * Computes the dashboard of the current Caf (its conventions only: tenant filter and
 * row-level security) and searches its conventions. For the Caf's staff: a chargé(e) de
 * coopération is refused (403).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR', 'ADMIN_CAF', 'LECTEUR')")
class TableauDeBordService {

	/** The evolution of the coverage: 1 January of six past years to four coming ones. */
	static final int ANNEES_PASSEES = 6;

	static final int ANNEES_A_VENIR = 4;

	private static final Set<StatutConvention> TERMINEES = Set.of(StatutConvention.ECHUE, StatutConvention.RESILIEE);

	private final ConventionApi conventions;

	private final RapportVerification verification;

	private final CompetencesApi competences;

	private final ReferentielApi referentiel;

	private final TenancyApi tenancy;

	TableauDeBordService(ConventionApi conventions, RapportVerification verification, CompetencesApi competences,
			ReferentielApi referentiel, TenancyApi tenancy) {
		this.conventions = conventions;
		this.verification = verification;
		this.competences = competences;
		this.referentiel = referentiel;
		this.tenancy = tenancy;
	}

	TableauDeBord calculer() {
		return calculer(LocalDate.now());
	}

	TableauDeBord calculer(LocalDate aujourdhui) {
		CafVue caf = this.tenancy.cafCourante();
		List<ConventionAvecSignataires> toutes = this.conventions.listerAvecSignataires();
		List<LigneConvention> lignes = toutes.stream().map((c) -> LigneConvention.de(c.convention())).toList();
		return new TableauDeBord(aujourdhui, caf.nom(), lignes.size(), parStatut(lignes), echeances(lignes, aujourdhui),
				couverture(caf, toutes, aujourdhui), verifications(lignes), alertesAo(lignes));
	}

	/** The conventions that meet every criterion, the most recent period first. */
	List<LigneConvention> rechercher(Recherche recherche) {
		return this.conventions.listerAvecSignataires()
			.stream()
			.filter(recherche::retient)
			.map((c) -> LigneConvention.de(c.convention()))
			.sorted(Comparator.comparing(LigneConvention::debut)
				.reversed()
				.thenComparing(LigneConvention::titre, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** Every status, in the order of the life cycle, even those with no convention. */
	private static List<NombreParStatut> parStatut(List<LigneConvention> lignes) {
		Map<StatutConvention, Long> nombres = new EnumMap<>(StatutConvention.class);
		lignes.forEach((l) -> nombres.merge(l.statut(), 1L, Long::sum));
		return List.of(StatutConvention.values())
			.stream()
			.map((s) -> new NombreParStatut(s, s.libelle(), nombres.getOrDefault(s, 0L)))
			.toList();
	}

	private static List<LigneConvention> echeances(List<LigneConvention> lignes, LocalDate aujourdhui) {
		LocalDate limite = aujourdhui.plusMonths(12);
		return lignes.stream()
			.filter((l) -> !TERMINEES.contains(l.statut()))
			.filter((l) -> !l.fin().isBefore(aujourdhui) && !l.fin().isAfter(limite))
			.sorted(Comparator.comparing(LigneConvention::fin).thenComparing(LigneConvention::titre))
			.toList();
	}

	/** Runs the whole check report of each convention being drafted (the slow part). */
	private List<VerificationOuverte> verifications(List<LigneConvention> lignes) {
		return lignes.stream().filter((l) -> l.statut().enRedaction()).map((l) -> {
			List<Signalement> signalements = this.verification.verifier(l.id());
			long erreurs = signalements.stream().filter(Signalement::bloquant).count();
			return new VerificationOuverte(l, erreurs, signalements.size() - erreurs, l.lien() + "/verification");
		})
			.sorted(Comparator.comparingLong(VerificationOuverte::erreurs)
				.reversed()
				.thenComparing((v) -> v.convention().titre()))
			.toList();
	}

	private List<AlerteAo> alertesAo(List<LigneConvention> lignes) {
		List<AlerteAo> alertes = new ArrayList<>();
		for (LigneConvention ligne : lignes) {
			if (TERMINEES.contains(ligne.statut())) {
				continue;
			}
			List<CollectiviteSansRelais> sansRelais = this.competences.tableau(ligne.id())
				.lignes()
				.stream()
				.filter((l) -> l.constats().stream().anyMatch((c) -> Constat.RPE_REQUIS.equals(c.code())))
				.map((l) -> sansRelais(ligne, l))
				.toList();
			if (!sansRelais.isEmpty()) {
				alertes.add(new AlerteAo(ligne, sansRelais));
			}
		}
		return List.copyOf(alertes);
	}

	private static CollectiviteSansRelais sansRelais(LigneConvention convention, LigneAo ligne) {
		Population population = ligne.populationRetenue();
		return new CollectiviteSansRelais(ligne.code(), ligne.nom(), ligne.estUneCommune(),
				(population == null) ? null : population.valeur(),
				convention.lien() + "/annexes/competences#" + ligne.ancre());
	}

	private CouvertureDepartement couverture(CafVue caf, List<ConventionAvecSignataires> toutes, LocalDate aujourdhui) {
		Map<String, List<String>> membres = new HashMap<>();
		List<Couverture.Territoire> territoires = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		for (ConventionAvecSignataires convention : toutes) {
			Set<String> communes = new LinkedHashSet<>();
			for (IdentiteSignataire signataire : convention.signataires()) {
				if (signataire.type() == TypeSignataire.COMMUNE && signataire.codeInsee() != null) {
					communes.add(signataire.codeInsee());
				}
				else if (signataire.type() == TypeSignataire.EPCI && signataire.siren() != null) {
					communes.addAll(membres.computeIfAbsent(signataire.siren(),
							(siren) -> this.referentiel.epci(siren).map(EpciRef::membres).orElse(List.of())));
				}
			}
			codes.addAll(communes);
			territoires.add(new Couverture.Territoire(convention.convention().statut(),
					convention.convention().periode(), communes));
		}
		Map<String, Integer> populations = new HashMap<>();
		for (CommuneRef commune : this.referentiel.communes(codes)) {
			if (caf.codeDepartement().equals(commune.codeDepartement())) {
				populations.put(commune.codeInsee(), (commune.population() == null) ? 0 : commune.population());
			}
		}
		PopulationDepartement departement = this.referentiel.populationDuDepartement(caf.codeDepartement());
		Couverture couverture = new Couverture(departement.population(), populations, territoires);
		int annee = aujourdhui.getYear();
		return new CouvertureDepartement(caf.codeDepartement(), caf.nomDepartement(), departement.communes(),
				departement.population(), couverture.le(aujourdhui, Couverture.SIGNEES),
				couverture.evolution(annee - ANNEES_PASSEES, annee + ANNEES_A_VENIR),
				this.referentiel.source(Source.COMMUNES).mention());
	}

}
