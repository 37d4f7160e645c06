package fr.atelierctg.modele;

import java.time.Instant;
import java.util.List;

/** One past adoption of a national edition by the Caf's variant. */
public record AdoptionLue(String editionAvant, String editionApres, long versionVariante, Instant le, String par,
		List<ChoixLu> choix) {

	public record ChoixLu(String cle, String titre, Choix choix) {
	}

}
