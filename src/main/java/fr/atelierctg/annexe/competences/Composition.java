package fr.atelierctg.annexe.competences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.francais.Liaison;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.referentiel.CommuneRef;
import fr.atelierctg.referentiel.NomRecherche;
import fr.atelierctg.referentiel.Source;

/**
 * Puts the stored rows, the referential and the annexes together into a checked
 * {@link TableauAo}. Pure: everything it needs is passed in.
 *
 * @param communes the referential's communes of the rows, by INSEE code
 * @param source where the referential's populations come from
 * @param membres the member communes (INSEE codes) of each signatory EPCI, by SIREN
 * @param rpe INSEE codes and SIRENs that have a relais petite enfance in annex 2
 */
record Composition(ConventionLue convention, Map<String, CommuneRef> communes, Source source,
		Map<String, List<String>> membres, Set<String> rpe, ContenuConvention contenu) {

	static final String POPULATION_INCONNUE = "AO-POPULATION-INCONNUE";

	TableauAo composer(List<Ligne> lignes) {
		List<Ligne> ordonnees = new ArrayList<>(lignes.stream()
			.filter((l) -> l.nature() == NatureLigne.COMMUNE)
			.sorted(Comparator.comparing((Ligne l) -> NomRecherche.normaliser(l.nom())).thenComparing(Ligne::code))
			.toList());
		for (SignataireLu signataire : this.convention.collectivites()) {
			lignes.stream()
				.filter((l) -> l.nature() == NatureLigne.GROUPEMENT && l.code().equals(Completion.code(signataire)))
				.forEach(ordonnees::add);
		}
		List<LigneCommune> lignesCommunes = new ArrayList<>();
		List<LigneGroupement> lignesGroupements = new ArrayList<>();
		for (Ligne ligne : ordonnees) {
			if (ligne.nature() == NatureLigne.COMMUNE) {
				Population referentiel = populationReferentiel(ligne.code());
				lignesCommunes.add(new LigneCommune(ligne.code(), ligne.nom(),
						(referentiel != null) ? referentiel : new Population(0, this.source.source(), 0), saisie(ligne),
						ligne.exercices(), this.rpe.contains(ligne.code()), sirenEpci(ligne)));
			}
			else {
				lignesGroupements.add(new LigneGroupement(ligne.code(), Designations.nomSansPrefixe(ligne.nom()),
						this.rpe.contains(ligne.code())));
			}
		}
		TableauCompetences tableau = new TableauCompetences(lignesCommunes, lignesGroupements);
		LocalDate reference = this.convention.periode().fin();
		RapportCompetences rapport = VerificationCompetences.verifier(tableau, this.contenu, reference);
		List<LigneAo> vues = ordonnees.stream().map((ligne) -> vue(ligne, tableau, rapport)).toList();
		return new TableauAo(this.convention.id(), vues, rapport, reference);
	}

	private LigneAo vue(Ligne ligne, TableauCompetences tableau, RapportCompetences rapport) {
		boolean signataire = this.convention.collectivites()
			.stream()
			.anyMatch((s) -> ligne.code().equals(Completion.code(s)));
		if (ligne.nature() == NatureLigne.COMMUNE) {
			Population referentiel = populationReferentiel(ligne.code());
			List<Constat> constats = new ArrayList<>();
			if (referentiel == null && ligne.saisie() == null) {
				constats.add(new Constat(Gravite.ERREUR, POPULATION_INCONNUE,
						"Le référentiel ne donne pas la population de la commune "
								+ Liaison.deviner(ligne.nom()).de(ligne.nom())
								+ " : saisissez sa population totale avec sa source et son année pour que les seuils s'appliquent.",
						null));
			}
			rapport.commune(ligne.code()).ifPresent((r) -> constats.addAll(r.constats()));
			return new LigneAo(ligne.id(), ligne.nature(), ligne.signataireId(), ligne.code(), ligne.nom(),
					sirenEpci(ligne), signataire, referentiel, saisie(ligne), ligne.exercices(), Map.of(), constats,
					ligne.version());
		}
		RapportGroupement groupement = rapport.groupement(ligne.code()).orElseThrow();
		Map<Competence, LigneAo.Transferts> transferts = new EnumMap<>(Competence.class);
		int membres = this.membres.getOrDefault(ligne.code(), List.of()).size();
		for (Competence competence : Competence.values()) {
			int communes = (int) tableau.membres(ligne.code()).stream().filter((c) -> c.transfere(competence)).count();
			transferts.put(competence,
					new LigneAo.Transferts(communes, membres, groupement.populationTransferee(competence)));
		}
		return new LigneAo(ligne.id(), ligne.nature(), ligne.signataireId(), ligne.code(), ligne.nom(), null,
				signataire, null, null, Map.of(), transferts, groupement.constats(), ligne.version());
	}

	private @Nullable Population populationReferentiel(String codeInsee) {
		CommuneRef commune = this.communes.get(codeInsee);
		if (commune == null || commune.population() == null) {
			return null;
		}
		return new Population(commune.population(), this.source.source(), this.source.millesime());
	}

	private static @Nullable Population saisie(Ligne ligne) {
		Ligne.Saisie saisie = ligne.saisie();
		return (saisie == null) ? null : new Population(saisie.valeur(), saisie.source(), saisie.annee());
	}

	/**
	 * The EPCI of the row's part when it is a member row, else the signatory EPCI the
	 * commune belongs to in the referential.
	 */
	private @Nullable String sirenEpci(Ligne ligne) {
		for (SignataireLu signataire : this.convention.collectivites()) {
			if (signataire.type() == TypeSignataire.EPCI && signataire.id() == ligne.signataireId()) {
				return Completion.code(signataire);
			}
		}
		return this.membres.entrySet()
			.stream()
			.filter((e) -> e.getValue().contains(ligne.code()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

}
