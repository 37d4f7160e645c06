package fr.atelierctg.annexe.competences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an AO competence table against the CASF. Pure: same input, same report.
 *
 * <p>
 * For each commune, on its population totale (the typed one if any, which must then carry
 * its source):
 * <ul>
 * <li>II of art. L. 214-1-3: 1° and 2° are mandatory for every commune, 3° and 4° above 3
 * 500 inhabitants (strictly); a mandatory competence must be exercised or transferred
 * ({@link Constat#OBLIGATOIRE_MANQUANTE}) and cannot be declared "à titre facultatif"
 * ({@link Constat#FACULTATIF_INTERDIT}); both are errors.</li>
 * <li>Art. L. 214-2: above 10 000 inhabitants, planning (3°) exercised by the commune
 * needs a schéma pluriannuel unless the convention holds annexes 1 to 4 and the follow-up
 * indicators ({@link Constat#SCHEMA_PLURIANNUEL_REQUIS}, a warning: a schéma may exist
 * outside the convention).</li>
 * <li>II of art. L. 214-1-3 and art. L. 214-2-1: above 10 000 inhabitants, from 1 January
 * 2026, 2° and 4° exercised by the commune need a relais petite enfance in the equipment
 * list ({@link Constat#RPE_REQUIS}, a warning: the obligation weighs on the AO, and the
 * action plan may be what creates the relais).</li>
 * <li>III of art. L. 214-1-3: a transfer names a groupement that has a row in the table
 * (errors otherwise); the groupement is then checked by {@link VerificationGroupement} on
 * the population of the communes that transferred each competence.</li>
 * </ul>
 */
public final class VerificationCompetences {

	private VerificationCompetences() {
	}

	/**
	 * @param contenu what the convention holds, to know whether it stands in for the
	 * schéma pluriannuel
	 * @param dateDeReference the convention's start date, or today: the relais petite
	 * enfance rule applies from 1 January 2026
	 */
	public static RapportCompetences verifier(TableauCompetences tableau, ContenuConvention contenu,
			LocalDate dateDeReference) {
		List<RapportCommune> communes = tableau.communes()
			.stream()
			.map((ligne) -> verifierCommune(ligne, tableau, contenu, dateDeReference))
			.toList();
		List<RapportGroupement> groupements = tableau.groupements()
			.stream()
			.map((ligne) -> VerificationGroupement.verifier(ligne, tableau, contenu, dateDeReference))
			.toList();
		return new RapportCompetences(communes, groupements);
	}

	/** What the law expects of an AO of this population, to pre-fill a row. */
	public static Obligations obligations(int population, LocalDate dateDeReference) {
		return Obligations.pour(population, dateDeReference);
	}

	private static RapportCommune verifierCommune(LigneCommune ligne, TableauCompetences tableau,
			ContenuConvention contenu, LocalDate dateDeReference) {
		Population population = ligne.populationRetenue();
		Obligations obligations = Obligations.pour(population.valeur(), dateDeReference);
		List<Constat> constats = new ArrayList<>();
		Population saisie = ligne.populationSaisie();
		if (saisie != null && !saisie.aUneSource()) {
			constats.add(Redaction.populationSansSource(ligne, saisie));
		}
		verifierTransferts(ligne, tableau, constats);
		String sujet = ligne.designation() + " (" + population.enClair() + ")";
		for (Competence competence : Competence.values()) {
			Exercice exercice = ligne.exercice(competence);
			if (obligations.estObligatoire(competence) && exercice == Exercice.NON_EXERCEE) {
				constats.add(Redaction.obligatoireManquante(sujet, competence));
			}
			if (obligations.estObligatoire(competence) && exercice == Exercice.EXERCEE_A_TITRE_FACULTATIF) {
				constats.add(Redaction.facultatifInterdit(sujet, competence));
			}
			if (exercice.parLaCommune()) {
				verifierFormeDExercice(sujet, competence, obligations, ligne.aUnRpe(), contenu, constats);
			}
		}
		return new RapportCommune(ligne.codeInsee(), ligne.nom(), population, obligations, constats);
	}

	private static void verifierTransferts(LigneCommune ligne, TableauCompetences tableau, List<Constat> constats) {
		if (!ligne.transfereAuMoinsUneCompetence()) {
			return;
		}
		String siren = ligne.sirenEpci();
		if (siren == null || siren.isBlank()) {
			constats.add(Redaction.epciNonRenseigne(ligne));
		}
		else if (tableau.groupement(siren).isEmpty()) {
			constats.add(Redaction.epciAbsent(ligne, siren));
		}
	}

	/**
	 * Rules of art. L. 214-2 and L. 214-2-1, for whichever AO exercises the competence.
	 */
	static void verifierFormeDExercice(String sujet, Competence competence, Obligations obligations, boolean aUnRpe,
			ContenuConvention contenu, List<Constat> constats) {
		if (obligations.exigeUnSchema(competence) && !contenu.tientLieuDeSchema()) {
			constats.add(Redaction.schemaRequis(sujet, competence, contenu.manquants()));
		}
		if (obligations.exigeUnRelais(competence) && !aUnRpe) {
			constats.add(Redaction.relaisRequis(sujet, competence));
		}
	}

}
