package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.annexe.AutoritesOrganisatrices.AutoritePlanification;

/** Builds the cards of the page from stored tables, or from a refused input. */
final class Cartes {

	/** Empty project rows offered under the existing ones. */
	static final int LIGNES_PROJET_VIDES = 2;

	private Cartes() {
	}

	/** "Val de Garonne Agglomération – ensemble du territoire", "… – zone « QPV »". */
	static String titre(AutoritePlanification ao, String zone) {
		return ao.nom() + " – " + (zone.isEmpty() ? "ensemble du territoire" : "zone « " + zone + " »");
	}

	static CarteProjection stockee(String ancre, AutoritePlanification ao, boolean modifiable, List<String> colonnes,
			TableauLu tableau) {
		SaisieProjection saisie = enTexte(tableau, modifiable ? LIGNES_PROJET_VIDES : 0);
		return carte(ancre, ao, modifiable, colonnes, tableau, saisie, Map.of());
	}

	/** The table as the user typed it, with the messages of the refused save. */
	static CarteProjection refusee(String ancre, AutoritePlanification ao, List<String> colonnes, TableauLu tableau,
			SaisieProjection saisie, Map<String, String> erreurs) {
		return carte(ancre, ao, true, colonnes, tableau, saisie, erreurs);
	}

	private static CarteProjection carte(String ancre, AutoritePlanification ao, boolean modifiable,
			List<String> colonnes, TableauLu tableau, SaisieProjection saisie, Map<String, String> erreurs) {
		Map<String, Map<String, String>> valeurs = (saisie.valeurs() == null) ? Map.of() : saisie.valeurs();
		List<CarteProjection.Ligne> lignes = new ArrayList<>();
		for (LigneProjection ligne : LigneProjection.values()) {
			List<CarteProjection.Champ> cellules = new ArrayList<>();
			for (String colonne : colonnes) {
				String nom = "valeurs[" + ligne.name() + "][" + colonne + "]";
				cellules.add(new CarteProjection.Champ(nom, ancre + "-" + ligne.name() + "-" + colonne,
						texte(valeurs.getOrDefault(ligne.name(), Map.of()).get(colonne)), erreurs.get(nom),
						ligne.libelle() + ", " + Colonnes.libelle(colonne) + " (" + ligne.mesure().unite() + ")"));
			}
			lignes.add(new CarteProjection.Ligne(ligne.libelle(), ligne.mesure().unite(),
					ligne.mesure().decimales() > 0, cellules));
		}
		List<CarteProjection.LigneProjet> projets = new ArrayList<>();
		List<SaisieProjection.Projet> saisis = (saisie.projets() == null) ? List.of() : saisie.projets();
		for (int i = 0; i < saisis.size(); i++) {
			SaisieProjection.Projet p = (saisis.get(i) == null)
					? new SaisieProjection.Projet(null, null, null, null, null, null) : saisis.get(i);
			String prefixe = "projets[" + i + "].";
			String id = ancre + "-projet-" + i;
			String libelleType = (p.type() == null) ? ""
					: TypeProjet.parCle(p.type()).map(TypeProjet::libelle).orElse(p.type());
			projets.add(new CarteProjection.LigneProjet(i,
					champ(prefixe + "type", id + "-type", p.type(), "Type", erreurs), libelleType,
					champ(prefixe + "description", id + "-description", p.description(), "Description", erreurs),
					champ(prefixe + "cout", id + "-cout", p.cout(), "Coût indicatif (€)", erreurs),
					champ(prefixe + "anneeCible", id + "-annee", p.anneeCible(), "Année cible", erreurs),
					Boolean.TRUE.equals(p.ingenierieNecessaire()), id + "-besoin", champ(prefixe + "ingenierie",
							id + "-ingenierie", p.ingenierie(), "Ingénierie et moyens humains nécessaires", erreurs)));
		}
		String titre = titre(ao, tableau.zone());
		// a refused page keeps the version it was built from: a save over another user's
		// stays refused until reloaded
		long version = (saisie.version() == null) ? tableau.version() : saisie.version();
		return new CarteProjection(ancre, ao.code(), tableau.zone(), titre, version, modifiable, colonnes, lignes,
				champ("etpVacants", ancre + "-etpVacants", saisie.etpVacants(), "ETP vacants", erreurs),
				champ("etpACreer", ancre + "-etpACreer", saisie.etpACreer(), "ETP à créer", erreurs),
				champ("competences", ancre + "-competences", saisie.competences(),
						"Compétences recherchées (si possible par métier)", erreurs),
				champ("autresBesoins", ancre + "-autresBesoins", saisie.autresBesoins(),
						"Autres besoins identifiés (démarche IDA, difficultés, partenariat spécifique…)", erreurs),
				projets, tableau.horsPeriode(), GraphiquePlaces.svg(ancre + "-graphique", titre, colonnes, tableau),
				erreurs.get("version"), !erreurs.isEmpty());
	}

	private static CarteProjection.Champ champ(String nom, String id, @Nullable String valeur, String libelle,
			Map<String, String> erreurs) {
		return new CarteProjection.Champ(nom, id, texte(valeur), erreurs.get(nom), libelle);
	}

	/** The stored table as the form shows it: "1,5", "40", "250000". */
	static SaisieProjection enTexte(TableauLu tableau, int lignesVides) {
		Map<String, Map<String, String>> valeurs = new LinkedHashMap<>();
		tableau.valeurs().forEach((ligne, parColonne) -> {
			Map<String, String> textes = new LinkedHashMap<>();
			parColonne.forEach((colonne, valeur) -> textes.put(colonne, nombre(valeur)));
			valeurs.put(ligne.name(), textes);
		});
		List<SaisieProjection.Projet> projets = new ArrayList<>();
		for (Projet projet : tableau.projets()) {
			projets.add(new SaisieProjection.Projet(projet.type().name(), projet.description(), nombre(projet.cout()),
					(projet.anneeCible() == null) ? "" : projet.anneeCible().toString(), projet.ingenierieNecessaire(),
					projet.ingenierie()));
		}
		for (int i = 0; i < lignesVides; i++) {
			projets.add(new SaisieProjection.Projet(null, null, null, null, null, null));
		}
		Besoins besoins = tableau.besoins();
		return new SaisieProjection(tableau.version(), valeurs, nombre(besoins.etpVacants()),
				nombre(besoins.etpACreer()), besoins.competences(), besoins.autresBesoins(), projets);
	}

	static String nombre(@Nullable BigDecimal valeur) {
		return (valeur == null) ? "" : valeur.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private static String texte(@Nullable String valeur) {
		return (valeur == null) ? "" : valeur;
	}

}
