package fr.atelierctg.convention;

import org.springframework.ui.Model;

import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.common.texte.ComparaisonMots;

/**
 * What the editing page shows after a refused concurrent save: who saved before, when,
 * their text, and the words that differ between their text and the one the user just
 * typed (kept in the editor, so nothing is lost).
 */
record VueConcurrence(ElementConcurrent autre, String auteur, String moment, String differences) {

	static void montrer(Model model, ElementConcurrent autre, String monTexte) {
		String auteur = (autre.modifiePar() == null) ? "Une autre personne" : autre.modifiePar();
		String moment = (autre.modifieLe() == null) ? "" : DatesFr.horodatage(autre.modifieLe());
		model.addAttribute("concurrence", new VueConcurrence(autre, auteur, moment,
				ComparaisonMots.entreTextesRiches(autre.contenu(), monTexte).html()));
	}

}
