package fr.atelierctg.annexe.competences;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A row of the table as read, before the referential and the checks are added to it.
 *
 * @param id 0 for a row of a signatory that is not stored yet (it is stored the first
 * time the table is opened)
 * @param signataireId the part the row belongs to
 * @param exercices the four competences for a commune, empty for a groupement
 */
record Ligne(long id, long signataireId, NatureLigne nature, String code, String nom, @Nullable Saisie saisie,
		Map<Competence, Exercice> exercices, long version) {

	Ligne {
		exercices = exercices.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(exercices));
	}

	/**
	 * A new commune row, pre-filled as the law reads without a transfer: the commune is
	 * AO for 1° and 2°, and for 3° and 4° above 3 500 inhabitants; below, 3° and 4° are
	 * left "non exercée" for the commune to choose "à titre facultatif" or a transfer.
	 */
	static Ligne communeParDefaut(long signataireId, String codeInsee, String nom, @Nullable Integer population) {
		boolean auDelaDuSeuil = population != null && population > Obligations.SEUIL_PLANIFICATION;
		Map<Competence, Exercice> exercices = new EnumMap<>(Competence.class);
		for (Competence competence : Competence.values()) {
			exercices.put(competence, (competence.obligatoirePourToutes() || auDelaDuSeuil)
					? Exercice.EXERCEE_PAR_LA_COMMUNE : Exercice.NON_EXERCEE);
		}
		return new Ligne(0, signataireId, NatureLigne.COMMUNE, codeInsee, nom, null, exercices, 0);
	}

	static Ligne groupement(long signataireId, String siren, String nom) {
		return new Ligne(0, signataireId, NatureLigne.GROUPEMENT, siren, nom, null, Map.of(), 0);
	}

	boolean estStockee() {
		return this.id != 0;
	}

	Ligne rattacheeA(long signataire) {
		return new Ligne(this.id, signataire, this.nature, this.code, this.nom, this.saisie, this.exercices,
				this.version);
	}

	Ligne nommee(String nouveauNom) {
		return new Ligne(this.id, this.signataireId, this.nature, this.code, nouveauNom, this.saisie, this.exercices,
				this.version);
	}

	/** A population typed on the row, replacing the referential's. */
	record Saisie(int valeur, String source, int annee) {
	}

}
