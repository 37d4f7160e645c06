package fr.atelierctg.annexe.competences;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Rows of tables for the tests. */
final class Lignes {

	static final LocalDate FIN_2025 = LocalDate.of(2025, 12, 31);

	static final LocalDate DEBUT_2026 = LocalDate.of(2026, 1, 1);

	static final ContenuConvention COMPLETE = ContenuConvention.complet();

	private Lignes() {
	}

	static Population insee(int valeur) {
		return new Population(valeur, "INSEE, populations légales", 2026);
	}

	/** Every competence exercised by the commune itself. */
	static Map<Competence, Exercice> toutesExercees() {
		return toutes(Exercice.EXERCEE_PAR_LA_COMMUNE);
	}

	static Map<Competence, Exercice> toutes(Exercice exercice) {
		Map<Competence, Exercice> exercices = new EnumMap<>(Competence.class);
		for (Competence competence : Competence.values()) {
			exercices.put(competence, exercice);
		}
		return exercices;
	}

	static Map<Competence, Exercice> sauf(Competence competence, Exercice exercice) {
		Map<Competence, Exercice> exercices = toutesExercees();
		exercices.put(competence, exercice);
		return exercices;
	}

	static LigneCommune commune(String nom, int population, Map<Competence, Exercice> exercices) {
		return commune(nom, population, exercices, false, null);
	}

	static LigneCommune commune(String nom, int population, Map<Competence, Exercice> exercices, boolean aUnRpe,
			@Nullable String sirenEpci) {
		return new LigneCommune("insee-" + nom, nom, insee(population), exercices, aUnRpe, sirenEpci);
	}

	static RapportCommune verifierSeule(LigneCommune ligne, ContenuConvention contenu, LocalDate date) {
		RapportCompetences rapport = VerificationCompetences.verifier(new TableauCompetences(List.of(ligne), List.of()),
				contenu, date);
		return rapport.communes().get(0);
	}

	static List<String> codes(List<Constat> constats) {
		return constats.stream().map(Constat::code).toList();
	}

}
