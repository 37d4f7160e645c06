package fr.atelierctg.annexe.competences;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What the law expects of an autorité organisatrice of a given population, for the
 * interface to pre-fill a row and for the checks. Thresholds are strict, as the law
 * writes "de plus de 3 500 habitants" and "de plus de 10 000 habitants": 3 500 and 10 000
 * themselves stay below.
 *
 * @param parCompetence II of art. L. 214-1-3 CASF: 1° and 2° always mandatory, 3° and 4°
 * mandatory above {@value #SEUIL_PLANIFICATION}, optional otherwise
 * @param schemaPluriannuel art. L. 214-2 CASF: above {@value #SEUIL_SCHEMA}, planning
 * (3°) takes the form of a schéma pluriannuel (or of a CTG standing in for it)
 * @param relaisPetiteEnfance II of art. L. 214-1-3 and art. L. 214-2-1 CASF: above
 * {@value #SEUIL_SCHEMA}, from {@link #DEBUT_RELAIS_PETITE_ENFANCE}, 2° and 4° go through
 * a relais petite enfance
 */
public record Obligations(int population, Map<Competence, Obligation> parCompetence, boolean schemaPluriannuel,
		Set<Competence> relaisPetiteEnfance) {

	public static final int SEUIL_PLANIFICATION = 3_500;

	public static final int SEUIL_SCHEMA = 10_000;

	public static final LocalDate DEBUT_RELAIS_PETITE_ENFANCE = LocalDate.of(2026, 1, 1);

	public Obligations {
		parCompetence = Map.copyOf(parCompetence);
		relaisPetiteEnfance = Set.copyOf(relaisPetiteEnfance);
	}

	/**
	 * @param population population totale of the commune, or of the communes that
	 * transferred the competence to a groupement
	 * @param dateDeReference the convention's start date, or today
	 */
	public static Obligations pour(int population, LocalDate dateDeReference) {
		boolean auDelaDe3500 = population > SEUIL_PLANIFICATION;
		boolean auDelaDe10000 = population > SEUIL_SCHEMA;
		Map<Competence, Obligation> parCompetence = new EnumMap<>(Competence.class);
		Set<Competence> relais = EnumSet.noneOf(Competence.class);
		for (Competence competence : Competence.values()) {
			boolean obligatoire = competence.obligatoirePourToutes() || auDelaDe3500;
			parCompetence.put(competence, obligatoire ? Obligation.OBLIGATOIRE : Obligation.FACULTATIVE);
			if (competence.exigeUnRelaisPetiteEnfance() && auDelaDe10000
					&& !dateDeReference.isBefore(DEBUT_RELAIS_PETITE_ENFANCE)) {
				relais.add(competence);
			}
		}
		return new Obligations(population, parCompetence, auDelaDe10000, relais);
	}

	public Obligation de(Competence competence) {
		return this.parCompetence.get(competence);
	}

	public boolean estObligatoire(Competence competence) {
		return de(competence) == Obligation.OBLIGATOIRE;
	}

	public boolean exigeUnSchema(Competence competence) {
		return this.schemaPluriannuel && competence == Competence.PLANIFIER;
	}

	public boolean exigeUnRelais(Competence competence) {
		return this.relaisPetiteEnfance.contains(competence);
	}

}
