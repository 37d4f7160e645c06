package fr.atelierctg.annexe.equipements;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of an import: every row valid, or the reasons it was refused. Never a
 * partial list: a file with one faulty row imports nothing.
 */
public sealed interface ResultatImport {

	/** Every row of the file, in file order. */
	record Valide(List<LigneEquipement> lignes) implements ResultatImport {

		public Valide {
			lignes = List.copyOf(lignes);
		}

	}

	/**
	 * The file was refused: errors about the file itself (encoding, header, size) and/or
	 * every faulty row with all its reasons.
	 */
	record Refuse(List<String> erreursFichier, List<LigneEnErreur> lignes) implements ResultatImport {

		public Refuse {
			erreursFichier = List.copyOf(erreursFichier);
			lignes = List.copyOf(lignes);
		}

		static Refuse fichier(String erreur) {
			return new Refuse(List.of(erreur), List.of());
		}

		/** Every error as a French sentence, file errors first, then row by row. */
		public List<String> messages() {
			List<String> messages = new ArrayList<>(this.erreursFichier);
			this.lignes.forEach((ligne) -> messages.add(ligne.message()));
			return messages;
		}

	}

	/**
	 * A faulty row: its number as the user sees it in a spreadsheet (the header is line
	 * 1, blank lines count) and every reason.
	 */
	record LigneEnErreur(int numero, List<String> motifs) {

		public LigneEnErreur {
			motifs = List.copyOf(motifs);
		}

		/** "Ligne 7 : type « crèche » inconnu — … ; commune « X » introuvable …". */
		public String message() {
			return "Ligne " + this.numero + " : " + String.join(" ; ", this.motifs);
		}

	}

}
