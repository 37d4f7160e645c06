package fr.atelierctg.version;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import fr.atelierctg.version.ComparaisonVersions.Cellule;
import fr.atelierctg.version.ComparaisonVersions.Etat;
import fr.atelierctg.version.ComparaisonVersions.Ligne;

/**
 * Compares two tables row by row. Rows keep their order, so the rows that differ come
 * from a diff of the row sequences; within a changed stretch, a removed row and an added
 * row that share at least half of their cells are the same row modified (a capacity
 * changed), shown with its changed cells as old → new.
 */
final class ComparaisonTableaux {

	private ComparaisonTableaux() {
	}

	/**
	 * @param avant null when the table is added
	 * @param apres null when the table is removed
	 */
	static ComparaisonVersions.Tableau comparer(String titre, ContenuVersion.Tableau avant,
			ContenuVersion.Tableau apres) {
		List<ContenuVersion.Ligne> lignesAvant = (avant == null) ? List.of() : avant.lignes();
		List<ContenuVersion.Ligne> lignesApres = (apres == null) ? List.of() : apres.lignes();
		List<String> colonnes = (apres != null) ? apres.colonnes() : avant.colonnes();
		List<Ligne> differences = new ArrayList<>();
		List<AbstractDelta<List<String>>> deltas = DiffUtils
			.diff(lignesAvant.stream().map(ContenuVersion.Ligne::valeurs).toList(),
					lignesApres.stream().map(ContenuVersion.Ligne::valeurs).toList())
			.getDeltas();
		for (AbstractDelta<List<String>> delta : deltas) {
			List<ContenuVersion.Ligne> supprimees = new ArrayList<>(lignesAvant.subList(delta.getSource().getPosition(),
					delta.getSource().getPosition() + delta.getSource().size()));
			List<ContenuVersion.Ligne> ajoutees = lignesApres.subList(delta.getTarget().getPosition(),
					delta.getTarget().getPosition() + delta.getTarget().size());
			java.util.Map<ContenuVersion.Ligne, ContenuVersion.Ligne> paires = apparier(supprimees, ajoutees);
			for (ContenuVersion.Ligne ajoutee : ajoutees) {
				ContenuVersion.Ligne ancienne = paires.get(ajoutee);
				if (ancienne == null) {
					differences.add(ligne(Etat.AJOUTE, null, ajoutee));
				}
				else {
					supprimees.remove(ancienne);
					differences.add(ligne(Etat.MODIFIE, ancienne, ajoutee));
				}
			}
			supprimees.forEach((supprimee) -> differences.add(ligne(Etat.SUPPRIME, supprimee, null)));
		}
		int changees = deltas.stream().mapToInt((d) -> d.getTarget().size()).sum();
		int identiques = lignesApres.size() - changees;
		Etat etat = (avant == null) ? Etat.AJOUTE : (apres == null) ? Etat.SUPPRIME
				: (differences.isEmpty() && avant.colonnes().equals(apres.colonnes())) ? Etat.IDENTIQUE : Etat.MODIFIE;
		return new ComparaisonVersions.Tableau(titre, etat, colonnes, Math.max(identiques, 0),
				List.copyOf(differences));
	}

	/**
	 * Added row → the removed row it modifies: the pairs sharing the most cells first, a
	 * pair only if they share at least half of their cells.
	 */
	private static java.util.Map<ContenuVersion.Ligne, ContenuVersion.Ligne> apparier(
			List<ContenuVersion.Ligne> supprimees, List<ContenuVersion.Ligne> ajoutees) {
		record Candidat(int supprimee, int ajoutee, int communes) {
		}
		List<Candidat> candidats = new ArrayList<>();
		for (int i = 0; i < supprimees.size(); i++) {
			for (int j = 0; j < ajoutees.size(); j++) {
				List<String> avant = supprimees.get(i).valeurs();
				List<String> apres = ajoutees.get(j).valeurs();
				int communes = 0;
				for (int k = 0; k < Math.min(avant.size(), apres.size()); k++) {
					communes += avant.get(k).equals(apres.get(k)) ? 1 : 0;
				}
				if (communes > 0 && communes * 2 >= Math.max(avant.size(), apres.size())) {
					candidats.add(new Candidat(i, j, communes));
				}
			}
		}
		candidats.sort(java.util.Comparator.comparingInt(Candidat::communes).reversed());
		java.util.Map<ContenuVersion.Ligne, ContenuVersion.Ligne> paires = new java.util.IdentityHashMap<>();
		java.util.Set<Integer> prises = new java.util.HashSet<>();
		for (Candidat candidat : candidats) {
			ContenuVersion.Ligne ajoutee = ajoutees.get(candidat.ajoutee());
			if (!paires.containsKey(ajoutee) && prises.add(candidat.supprimee())) {
				paires.put(ajoutee, supprimees.get(candidat.supprimee()));
			}
		}
		return paires;
	}

	private static Ligne ligne(Etat etat, ContenuVersion.Ligne avant, ContenuVersion.Ligne apres) {
		ContenuVersion.Ligne reference = (apres != null) ? apres : avant;
		List<Cellule> cellules = new ArrayList<>();
		for (int i = 0; i < reference.cellules().size(); i++) {
			String colonne = reference.cellules().get(i).colonne();
			String valeurAvant = (avant != null && i < avant.cellules().size()) ? avant.cellules().get(i).valeur() : "";
			String valeurApres = (apres != null) ? apres.cellules().get(i).valeur() : "";
			cellules.add(new Cellule(colonne, (avant == null) ? valeurApres : valeurAvant,
					(apres == null) ? valeurAvant : valeurApres));
		}
		return new Ligne(etat, List.copyOf(cellules));
	}

}
