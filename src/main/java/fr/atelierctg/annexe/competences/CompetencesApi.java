package fr.atelierctg.annexe.competences;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.annexe.equipements.EquipementsApi;
import fr.atelierctg.annexe.equipements.LigneEquipement;
import fr.atelierctg.annexe.equipements.TypeEquipement;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.referentiel.CommuneRef;
import fr.atelierctg.referentiel.EpciRef;
import fr.atelierctg.referentiel.ReferentielApi;
import fr.atelierctg.referentiel.Source;

/**
 * The AO competence table of a convention (annex 3), read and checked against the CASF
 * with {@link VerificationCompetences}: populations from the referential unless typed
 * with a source, relais petite enfance from annex 2, the other annexes to know whether
 * the convention stands in for a schéma pluriannuel. The rows of signatory collectivités
 * are always there, stored or not yet.
 */
@Service
@Transactional(readOnly = true)
public class CompetencesApi {

	private final ConventionApi conventions;

	private final ReferentielApi referentiel;

	private final EquipementsApi equipements;

	private final ContenuDesAnnexes contenu;

	private final LigneCompetencesRepository lignes;

	CompetencesApi(ConventionApi conventions, ReferentielApi referentiel, EquipementsApi equipements,
			ContenuDesAnnexes contenu, LigneCompetencesRepository lignes) {
		this.conventions = conventions;
		this.referentiel = referentiel;
		this.equipements = equipements;
		this.contenu = contenu;
		this.lignes = lignes;
	}

	/** The table with every finding (404 for a convention the user may not see). */
	public TableauAo tableau(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		return composer(convention, lignes(convention), relaisPetiteEnfance(convention), this.contenu.de(convention));
	}

	/**
	 * The check of the whole table, for the convention's check report. Besides these
	 * findings, {@link #tableau} reports a commune whose population neither the
	 * referential nor the row gives.
	 */
	public RapportCompetences rapport(long conventionId) {
		return tableau(conventionId).rapport();
	}

	/**
	 * Rows, populations and transfers only, for the document and the projections: annex 2
	 * and the other annexes are not read, so the findings about the relais petite enfance
	 * and the schéma pluriannuel are not meaningful here.
	 */
	TableauAo presentation(ConventionLue convention) {
		return composer(convention, lignes(convention), Set.of(), ContenuConvention.complet());
	}

	/** The stored rows, completed with those of the signatories not stored yet. */
	List<Ligne> lignes(ConventionLue convention) {
		List<Ligne> stockees = this.lignes.findByConventionId(convention.id())
			.stream()
			.map(LigneCompetences::instantane)
			.toList();
		Map<String, CommuneRef> communes = communes(convention, stockees);
		return Completion.completer(convention, stockees, populations(communes));
	}

	TableauAo composer(ConventionLue convention, List<Ligne> lignes, Set<String> rpe, ContenuConvention contenu) {
		Map<String, List<String>> membres = new LinkedHashMap<>();
		for (SignataireLu signataire : convention.collectivites()) {
			if (signataire.type() == TypeSignataire.EPCI && Completion.code(signataire) != null) {
				String siren = Completion.code(signataire);
				membres.put(siren, this.referentiel.epci(siren).map(EpciRef::membres).orElse(List.of()));
			}
		}
		Source source = this.referentiel.source(Source.COMMUNES);
		return new Composition(convention, communes(convention, lignes), source, membres, rpe, contenu)
			.composer(lignes);
	}

	/** The referential's communes of the rows and of the signatory communes. */
	private Map<String, CommuneRef> communes(ConventionLue convention, List<Ligne> lignes) {
		Set<String> codes = new LinkedHashSet<>();
		lignes.stream().filter((l) -> l.nature() == NatureLigne.COMMUNE).forEach((l) -> codes.add(l.code()));
		convention.collectivites()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.COMMUNE && Completion.code(s) != null)
			.forEach((s) -> codes.add(Completion.code(s)));
		return this.referentiel.communes(codes)
			.stream()
			.collect(Collectors.toMap(CommuneRef::codeInsee, Function.identity(), (a, b) -> a));
	}

	static Function<String, Integer> populations(Map<String, CommuneRef> communes) {
		return (code) -> {
			CommuneRef commune = communes.get(code);
			return (commune == null) ? null : commune.population();
		};
	}

	/**
	 * Who has a relais petite enfance in annex 2: the collectivité whose list holds one,
	 * and the commune where it stands (an intercommunal relais located in a commune
	 * counts for it).
	 */
	private Set<String> relaisPetiteEnfance(ConventionLue convention) {
		Set<String> codes = new HashSet<>();
		for (Map.Entry<Long, List<LigneEquipement>> liste : this.equipements.listes(convention.id()).entrySet()) {
			List<LigneEquipement> relais = liste.getValue()
				.stream()
				.filter((e) -> e.type() == TypeEquipement.RPE)
				.toList();
			if (!relais.isEmpty()) {
				relais.forEach((e) -> codes.add(e.codeInsee()));
				convention.signataire(liste.getKey()).map(Completion::code).ifPresent(codes::add);
			}
		}
		return codes;
	}

}
