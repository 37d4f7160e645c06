package fr.atelierctg.annexe.projections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The page's form as a {@link SaisieProjection}: cells named
 * {@code valeurs[EAJE_PSU][2027]}, project fields named {@code projets[0].cout}.
 */
final class FormulaireProjection {

	private static final Pattern CELLULE = Pattern.compile("valeurs\\[(\\w{1,30})\\]\\[(\\w{1,6})\\]");

	private static final Pattern CHAMP_PROJET = Pattern.compile("projets\\[(\\d{1,3})\\]\\.(\\w+)");

	private FormulaireProjection() {
	}

	static SaisieProjection lire(Map<String, String[]> parametres) {
		Map<String, Map<String, String>> valeurs = new LinkedHashMap<>();
		TreeMap<Integer, Map<String, String>> projets = new TreeMap<>();
		parametres.forEach((nom, textes) -> {
			Matcher cellule = CELLULE.matcher(nom);
			if (cellule.matches()) {
				valeurs.computeIfAbsent(cellule.group(1), (l) -> new LinkedHashMap<>())
					.put(cellule.group(2), premier(textes));
				return;
			}
			Matcher projet = CHAMP_PROJET.matcher(nom);
			if (projet.matches() && Integer.parseInt(projet.group(1)) <= ValidationProjection.PROJETS_AU_PLUS * 2) {
				projets.computeIfAbsent(Integer.parseInt(projet.group(1)), (i) -> new LinkedHashMap<>())
					.put(projet.group(2), premier(textes));
			}
		});
		List<SaisieProjection.Projet> liste = new ArrayList<>();
		int dernier = projets.isEmpty() ? -1 : projets.lastKey();
		for (int i = 0; i <= dernier; i++) {
			Map<String, String> champs = projets.getOrDefault(i, Map.of());
			liste.add(new SaisieProjection.Projet(champs.get("type"), champs.get("description"), champs.get("cout"),
					champs.get("anneeCible"), "true".equals(champs.get("ingenierieNecessaire")),
					champs.get("ingenierie")));
		}
		return new SaisieProjection(version(parametres), valeurs, premier(parametres.get("etpVacants")),
				premier(parametres.get("etpACreer")), premier(parametres.get("competences")),
				premier(parametres.get("autresBesoins")), liste);
	}

	/** The version the page was built from; 0 for a table never saved. */
	private static Long version(Map<String, String[]> parametres) {
		String texte = premier(parametres.get("version"));
		return (texte == null || !texte.matches("\\d{1,18}")) ? Long.valueOf(0) : Long.valueOf(texte);
	}

	private static @Nullable String premier(String @Nullable [] textes) {
		return (textes == null || textes.length == 0) ? null : textes[0];
	}

}
