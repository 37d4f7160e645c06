package fr.atelierctg.annexe.competences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a groupement's row. III of art. L. 214-1-3 CASF: when communes transfer a
 * competence to an EPCI or a syndicat mixte, the thresholds apply to the population
 * totale of the communes that transferred it. That population is computed per competence,
 * never typed, from the rows naming the groupement; the rules of art. L. 214-2 (schéma)
 * and L. 214-2-1 (relais petite enfance, from the groupement's own equipment list) then
 * apply to it as to a commune.
 */
final class VerificationGroupement {

	private VerificationGroupement() {
	}

	static RapportGroupement verifier(LigneGroupement groupement, TableauCompetences tableau, ContenuConvention contenu,
			LocalDate dateDeReference) {
		List<LigneCommune> membres = tableau.membres(groupement.siren());
		Map<Competence, Integer> populations = new EnumMap<>(Competence.class);
		Map<Competence, Transfert> transferts = new EnumMap<>(Competence.class);
		List<Constat> constats = new ArrayList<>();
		for (Competence competence : Competence.values()) {
			List<LigneCommune> transferantes = membres.stream().filter((m) -> m.transfere(competence)).toList();
			int population = Math
				.toIntExact(transferantes.stream().mapToLong((m) -> m.populationRetenue().valeur()).sum());
			populations.put(competence, population);
			transferts.put(competence, transfert(transferantes.size(), membres.size()));
			if (!transferantes.isEmpty()) {
				String sujet = groupement.designation() + " (" + Population.habitants(population)
						+ ", population totale des communes qui lui ont transféré cette compétence, "
						+ Redaction.CASF_III + ")";
				VerificationCompetences.verifierFormeDExercice(sujet, competence,
						Obligations.pour(population, dateDeReference), groupement.aUnRpe(), contenu, constats);
			}
		}
		if (!transferts.values().stream().anyMatch((t) -> t != Transfert.AUCUN)) {
			constats.add(Redaction.groupementSansTransfert(groupement));
		}
		return new RapportGroupement(groupement.siren(), groupement.nom(), populations, transferts, constats);
	}

	private static Transfert transfert(int transferantes, int membres) {
		if (transferantes == 0) {
			return Transfert.AUCUN;
		}
		return (transferantes == membres) ? Transfert.PAR_TOUTES : Transfert.PAR_CERTAINES;
	}

}
