package fr.atelierctg.annexe.plan;

import java.util.ArrayList;
import java.util.List;

/** Something kept in order in a list: axes in the plan, actions in their axis. */
interface Ordonne {

	void placer(int ordre);

	/**
	 * Puts the element at the given place (1 = first; beyond the end = last), then
	 * numbers the whole list 1, 2, 3… so that no gap or duplicate ever remains.
	 */
	static <T extends Ordonne> List<T> deplacer(List<T> elements, T element, int position) {
		List<T> liste = new ArrayList<>(elements);
		liste.remove(element);
		int index = Math.max(0, Math.min(position - 1, liste.size()));
		liste.add(index, element);
		renumeroter(liste);
		return liste;
	}

	static void renumeroter(List<? extends Ordonne> elements) {
		for (int i = 0; i < elements.size(); i++) {
			elements.get(i).placer(i + 1);
		}
	}

}
