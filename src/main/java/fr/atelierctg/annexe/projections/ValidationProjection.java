package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.Periode;

/**
 * Reads a whole typed table: every faulty cell is reported under its own field name
 * ({@code valeurs[EAJE_PSU][2027]}, {@code projets[0].cout}), and one fault refuses the
 * whole table.
 */
final class ValidationProjection {

	static final int PROJETS_AU_PLUS = 30;

	private static final int ANNEES_APRES_LA_FIN = 10;

	private ValidationProjection() {
	}

	/**
	 * @throws DonneesInvalides with a French message per faulty field
	 */
	static ContenuProjection valider(SaisieProjection saisie, Periode periode) {
		List<String> colonnes = Colonnes.de(periode);
		Map<String, String> erreurs = new LinkedHashMap<>();
		Map<LigneProjection, Map<String, BigDecimal>> valeurs = new EnumMap<>(LigneProjection.class);
		Map<String, Map<String, String>> cellules = (saisie.valeurs() == null) ? Map.of() : saisie.valeurs();
		cellules.forEach((cleLigne, parColonne) -> {
			LigneProjection ligne = LigneProjection.parCle(cleLigne).orElse(null);
			if (ligne == null) {
				erreurs.put("valeurs[" + cleLigne + "]",
						"Ligne inconnue : les lignes sont "
								+ String.join(", ",
										java.util.Arrays.stream(LigneProjection.values()).map(Enum::name).toList())
								+ ".");
				return;
			}
			(parColonne == null ? Map.<String, String>of() : parColonne).forEach((colonne, texte) -> {
				String champ = "valeurs[" + cleLigne + "][" + colonne + "]";
				if (!colonnes.contains(colonne)) {
					if (!SaisieProjection.blanc(texte)) {
						erreurs.put(champ, "Cette colonne n'est pas dans la période de la convention (actuel, "
								+ Colonnes.annees(periode) + ").");
					}
					return;
				}
				SaisieNombre.Lecture lecture = SaisieNombre.lire(texte, ligne.mesure());
				if (!lecture.valide()) {
					erreurs.put(champ, lecture.erreur());
				}
				else if (lecture.valeur() != null) {
					valeurs.computeIfAbsent(ligne, (l) -> new LinkedHashMap<>()).put(colonne, lecture.valeur());
				}
			});
		});
		Besoins besoins = new Besoins(nombre(saisie.etpVacants(), "etpVacants", erreurs),
				nombre(saisie.etpACreer(), "etpACreer", erreurs),
				texte(saisie.competences(), "competences", 2000, erreurs),
				texte(saisie.autresBesoins(), "autresBesoins", 4000, erreurs));
		List<Projet> projets = projets(saisie.projets(), periode, erreurs);
		if (!erreurs.isEmpty()) {
			throw new DonneesInvalides(erreurs);
		}
		return new ContenuProjection(valeurs, besoins, projets);
	}

	private static List<Projet> projets(@Nullable List<SaisieProjection.Projet> saisis, Periode periode,
			Map<String, String> erreurs) {
		List<Projet> projets = new ArrayList<>();
		if (saisis == null) {
			return projets;
		}
		for (int i = 0; i < saisis.size(); i++) {
			SaisieProjection.Projet saisi = saisis.get(i);
			if (saisi == null || saisi.vide()) {
				continue;
			}
			String prefixe = "projets[" + i + "].";
			TypeProjet type = null;
			if (SaisieProjection.blanc(saisi.type())) {
				erreurs.put(prefixe + "type", "Choisissez le type de projet.");
			}
			else {
				type = TypeProjet.parCle(saisi.type().strip()).orElse(null);
				if (type == null) {
					erreurs.put(prefixe + "type", "Type de projet inconnu.");
				}
			}
			String description = texte(saisi.description(), prefixe + "description", 500, erreurs);
			if (type == TypeProjet.AUTRE && description.isEmpty()) {
				erreurs.put(prefixe + "description", "Décrivez le projet (rénovation, aménagement…).");
			}
			SaisieNombre.Lecture cout = SaisieNombre.lire(saisi.cout(), Mesure.EUROS);
			if (!cout.valide()) {
				erreurs.put(prefixe + "cout", cout.erreur());
			}
			Integer annee = annee(saisi.anneeCible(), prefixe + "anneeCible", periode, erreurs);
			boolean ingenierieNecessaire = Boolean.TRUE.equals(saisi.ingenierieNecessaire());
			String ingenierie = texte(saisi.ingenierie(), prefixe + "ingenierie", 1000, erreurs);
			if (ingenierieNecessaire && ingenierie.isEmpty()) {
				erreurs.put(prefixe + "ingenierie", "Précisez l'ingénierie et les moyens humains nécessaires.");
			}
			if (type != null) {
				projets.add(new Projet(type, description, cout.valeur(), annee, ingenierieNecessaire, ingenierie));
			}
		}
		if (projets.size() > PROJETS_AU_PLUS) {
			erreurs.put("projets", PROJETS_AU_PLUS + " projets au plus par tableau.");
		}
		return projets;
	}

	private static @Nullable Integer annee(@Nullable String saisie, String champ, Periode periode,
			Map<String, String> erreurs) {
		if (SaisieProjection.blanc(saisie)) {
			return null;
		}
		String texte = saisie.strip();
		int debut = periode.debut().getYear();
		if (!texte.matches("\\d{4}")) {
			erreurs.put(champ, "Indiquez une année sur quatre chiffres (par exemple " + (debut + 2) + ").");
			return null;
		}
		int annee = Integer.parseInt(texte);
		if (annee < debut) {
			erreurs.put(champ, "L'année cible ne peut précéder le début de la convention (" + debut + ").");
		}
		else if (annee > periode.fin().getYear() + ANNEES_APRES_LA_FIN) {
			erreurs.put(champ, "L'année cible est trop lointaine (" + (periode.fin().getYear() + ANNEES_APRES_LA_FIN)
					+ " au plus).");
		}
		return annee;
	}

	private static @Nullable BigDecimal nombre(@Nullable String saisie, String champ, Map<String, String> erreurs) {
		SaisieNombre.Lecture lecture = SaisieNombre.lire(saisie, Mesure.ETP);
		if (!lecture.valide()) {
			erreurs.put(champ, lecture.erreur());
		}
		return lecture.valeur();
	}

	private static String texte(@Nullable String saisie, String champ, int longueurMax, Map<String, String> erreurs) {
		String texte = (saisie == null) ? "" : saisie.strip().replace("\r\n", "\n");
		if (texte.length() > longueurMax) {
			erreurs.put(champ, "Ce texte ne peut dépasser " + longueurMax + " caractères.");
			return "";
		}
		return texte;
	}

}
