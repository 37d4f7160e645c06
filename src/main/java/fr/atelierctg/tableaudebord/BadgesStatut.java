package fr.atelierctg.tableaudebord;

import java.util.EnumMap;
import java.util.Map;

import fr.atelierctg.convention.StatutConvention;

/**
 * The Bootstrap colour of each status badge, for the templates ({@code badges[statut]}).
 * The badge always says the status in words: the colour only helps to scan a list.
 */
final class BadgesStatut {

	static final Map<StatutConvention, String> CLASSES = classes();

	private BadgesStatut() {
	}

	private static Map<StatutConvention, String> classes() {
		Map<StatutConvention, String> classes = new EnumMap<>(StatutConvention.class);
		for (StatutConvention statut : StatutConvention.values()) {
			classes.put(statut, switch (statut) {
				case BROUILLON -> "text-bg-secondary";
				case CONCERTATION, RELECTURE -> "text-bg-info";
				case VALIDEE, EN_SIGNATURE -> "text-bg-primary";
				case SIGNEE, EN_VIGUEUR -> "text-bg-success";
				case ECHUE -> "text-bg-light border";
				case RESILIEE -> "text-bg-dark";
			});
		}
		return Map.copyOf(classes);
	}

}
