package fr.atelierctg.annexe.competences;

import java.util.List;
import java.util.stream.Collectors;

import fr.atelierctg.common.francais.NombresFr;

/** The French sentences of the findings, each citing its article of the CASF. */
final class Redaction {

	static final String CASF_II = "II de l'article L. 214-1-3 du CASF";

	static final String CASF_III = "III de l'article L. 214-1-3 du CASF";

	static final String CASF_SCHEMA = "article L. 214-2 du CASF";

	static final String CASF_RPE = "II de l'article L. 214-1-3 et article L. 214-2-1 du CASF";

	private Redaction() {
	}

	static Constat obligatoireManquante(String sujet, Competence competence) {
		return new Constat(
				Gravite.ERREUR, Constat.OBLIGATOIRE_MANQUANTE, sujet + " n'exerce ni ne transfère "
						+ competence.designation() + ", obligatoire " + pourQui(competence) + " (" + CASF_II + ").",
				competence);
	}

	static Constat facultatifInterdit(String sujet, Competence competence) {
		return new Constat(Gravite.ERREUR, Constat.FACULTATIF_INTERDIT,
				sujet + " ne peut pas exercer " + competence.designation()
						+ " à titre facultatif : elle est obligatoire " + pourQui(competence) + " (" + CASF_II
						+ "). Choisissez « exercée par la commune » ou « transférée à l'EPCI ».",
				competence);
	}

	static Constat schemaRequis(String sujet, Competence competence, List<String> manquants) {
		return new Constat(Gravite.AVERTISSEMENT, Constat.SCHEMA_PLURIANNUEL_REQUIS, sujet + " exerce "
				+ competence.designation() + " : au-delà de " + NombresFr.entier(Obligations.SEUIL_SCHEMA)
				+ " habitants, elle prend la forme d'un schéma pluriannuel de maintien et de développement de l'offre d'accueil du jeune enfant ("
				+ CASF_SCHEMA
				+ "). Schéma pluriannuel requis : la convention n'en tient lieu que si elle comporte aussi "
				+ enumerer(manquants) + ".", competence);
	}

	static Constat relaisRequis(String sujet, Competence competence) {
		return new Constat(Gravite.AVERTISSEMENT, Constat.RPE_REQUIS, sujet + " exerce " + competence.designation()
				+ " : depuis le 1er janvier 2026, au-delà de " + NombresFr.entier(Obligations.SEUIL_SCHEMA)
				+ " habitants, l'autorité organisatrice l'exerce au moyen d'un relais petite enfance (" + CASF_RPE
				+ "), et la liste des équipements et services soutenus (annexe 2) n'en mentionne aucun.", competence);
	}

	static Constat populationSansSource(LigneCommune ligne, Population saisie) {
		Population referentiel = ligne.population();
		return new Constat(Gravite.ERREUR, Constat.POPULATION_SANS_SOURCE, "La population saisie pour "
				+ minuscule(ligne.designation()) + " (" + saisie.enClair()
				+ ") n'a pas de source : indiquez d'où elle vient (population totale INSEE et millésime), car elle remplace celle du référentiel ("
				+ referentiel.enClair() + ", " + referentiel.source() + ", " + referentiel.annee() + ").", null);
	}

	static Constat epciNonRenseigne(LigneCommune ligne) {
		return new Constat(Gravite.ERREUR, Constat.EPCI_NON_RENSEIGNE, ligne.designation() + " transfère "
				+ numeros(ligne) + " sans indiquer à quel EPCI ou syndicat (" + CASF_III + ").", null);
	}

	static Constat epciAbsent(LigneCommune ligne, String siren) {
		return new Constat(Gravite.ERREUR, Constat.EPCI_ABSENT, ligne.designation() + " transfère " + numeros(ligne)
				+ " à l'EPCI de SIREN " + siren
				+ ", qui n'a pas de ligne dans le tableau : ajoutez-la, les seuils s'appréciant sur la population des communes qui lui ont transféré chaque compétence ("
				+ CASF_III + ").", null);
	}

	static Constat groupementSansTransfert(LigneGroupement groupement) {
		return new Constat(Gravite.AVERTISSEMENT, Constat.GROUPEMENT_SANS_TRANSFERT, groupement.designation()
				+ " n'exerce aucune compétence : aucune commune du tableau ne lui en transfère. Indiquez les transferts ou retirez sa ligne.",
				null);
	}

	private static String pourQui(Competence competence) {
		return competence.obligatoirePourToutes() ? "pour toute commune"
				: "pour les communes de plus de " + NombresFr.entier(Obligations.SEUIL_PLANIFICATION) + " habitants";
	}

	/** "les compétences 1°, 3°" or "la compétence 2°". */
	private static String numeros(LigneCommune ligne) {
		List<String> numeros = ligne.exercices()
			.entrySet()
			.stream()
			.filter((e) -> e.getValue() == Exercice.TRANSFEREE_A_L_EPCI)
			.map((e) -> e.getKey().numero() + "°")
			.sorted()
			.toList();
		return ((numeros.size() > 1) ? "les compétences " : "la compétence ") + enumerer(numeros);
	}

	/** "a", "a et b", "a, b et c". */
	static String enumerer(List<String> elements) {
		if (elements.size() <= 1) {
			return String.join("", elements);
		}
		return elements.subList(0, elements.size() - 1).stream().collect(Collectors.joining(", ")) + " et "
				+ elements.get(elements.size() - 1);
	}

	private static String minuscule(String texte) {
		return Character.toLowerCase(texte.charAt(0)) + texte.substring(1);
	}

}
