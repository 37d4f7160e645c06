package fr.atelierctg.tableaudebord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.atelierctg.convention.Periode;
import fr.atelierctg.convention.StatutConvention;

/**
 * The population coverage of a département by conventions, the national KPI of the CTG:
 * the population of the communes covered at a date divided by the population of the
 * département. A convention covers its communes on every day of its period once signed
 * (signée, en vigueur, and échue for the past); a résiliée one is left out, since the
 * date of its termination is not known here. A commune covered by two conventions counts
 * once. Pure: no Spring, no database.
 */
final class Couverture {

	/** Signed conventions: they cover their communes during their period. */
	static final Set<StatutConvention> SIGNEES = EnumSet.of(StatutConvention.SIGNEE, StatutConvention.EN_VIGUEUR,
			StatutConvention.ECHUE);

	/** Signed, or on their way to signature: the coverage if they are all signed. */
	static final Set<StatutConvention> SIGNEES_OU_EN_PREPARATION = EnumSet
		.complementOf(EnumSet.of(StatutConvention.RESILIEE));

	private final long populationDepartement;

	private final Map<String, Integer> populations;

	private final List<Territoire> territoires;

	/**
	 * @param populations population totale of every commune of the département that a
	 * convention may cover, by INSEE code; communes of other départements are left out
	 */
	Couverture(long populationDepartement, Map<String, Integer> populations, List<Territoire> territoires) {
		this.populationDepartement = populationDepartement;
		this.populations = Map.copyOf(populations);
		this.territoires = List.copyOf(territoires);
	}

	/** The coverage on that day by the conventions of these statuses. */
	Point le(LocalDate date, Set<StatutConvention> statuts) {
		Set<String> couvertes = new HashSet<>();
		for (Territoire territoire : this.territoires) {
			if (statuts.contains(territoire.statut()) && contient(territoire.periode(), date)) {
				territoire.communes().stream().filter(this.populations::containsKey).forEach(couvertes::add);
			}
		}
		long population = couvertes.stream().mapToLong(this.populations::get).sum();
		return new Point(date, couvertes.size(), population, taux(population));
	}

	/**
	 * The coverage on 1 January of each year, from one year to another, both included.
	 */
	List<Annee> evolution(int premiere, int derniere) {
		List<Annee> annees = new ArrayList<>();
		for (int annee = premiere; annee <= derniere; annee++) {
			LocalDate premierJanvier = LocalDate.of(annee, 1, 1);
			annees.add(new Annee(annee, le(premierJanvier, SIGNEES), le(premierJanvier, SIGNEES_OU_EN_PREPARATION)));
		}
		return List.copyOf(annees);
	}

	/** Per cent, one decimal. */
	private BigDecimal taux(long population) {
		if (this.populationDepartement <= 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(population * 100)
			.divide(BigDecimal.valueOf(this.populationDepartement), 1, RoundingMode.HALF_UP);
	}

	private static boolean contient(Periode periode, LocalDate date) {
		return !date.isBefore(periode.debut()) && !date.isAfter(periode.fin());
	}

	/**
	 * What a convention covers.
	 *
	 * @param communes INSEE codes: its signatory communes and the member communes of its
	 * signatory EPCI
	 */
	record Territoire(StatutConvention statut, Periode periode, Set<String> communes) {

		Territoire {
			communes = Set.copyOf(communes);
		}

	}

	/**
	 * The coverage on one day.
	 *
	 * @param communes how many communes of the département are covered
	 * @param population their population
	 * @param taux population / population of the département, in per cent
	 */
	record Point(LocalDate date, int communes, long population, BigDecimal taux) {
	}

	/**
	 * The coverage on 1 January of a year.
	 *
	 * @param signees by signed conventions
	 * @param avecEnPreparation by signed conventions and those being drafted or signed,
	 * as if they were all signed
	 */
	record Annee(int annee, Point signees, Point avecEnPreparation) {
	}

}
