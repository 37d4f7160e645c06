package fr.atelierctg.annexe.competences;

import java.util.List;

import org.junit.jupiter.api.Test;

import static fr.atelierctg.annexe.competences.Competence.INFORMER_ACCOMPAGNER;
import static fr.atelierctg.annexe.competences.Competence.PLANIFIER;
import static fr.atelierctg.annexe.competences.Competence.RECENSER_BESOINS;
import static fr.atelierctg.annexe.competences.Competence.SOUTENIR_QUALITE;
import static fr.atelierctg.annexe.competences.Exercice.EXERCEE_A_TITRE_FACULTATIF;
import static fr.atelierctg.annexe.competences.Exercice.NON_EXERCEE;
import static fr.atelierctg.annexe.competences.Exercice.TRANSFEREE_A_L_EPCI;
import static fr.atelierctg.annexe.competences.Lignes.COMPLETE;
import static fr.atelierctg.annexe.competences.Lignes.DEBUT_2026;
import static fr.atelierctg.annexe.competences.Lignes.FIN_2025;
import static fr.atelierctg.annexe.competences.Lignes.codes;
import static fr.atelierctg.annexe.competences.Lignes.commune;
import static fr.atelierctg.annexe.competences.Lignes.insee;
import static fr.atelierctg.annexe.competences.Lignes.sauf;
import static fr.atelierctg.annexe.competences.Lignes.toutesExercees;
import static fr.atelierctg.annexe.competences.Lignes.verifierSeule;
import static org.assertj.core.api.Assertions.assertThat;

class VerificationCompetencesTest {

	@Test
	void accepteUneCommuneQuiExerceToutesSesCompetences() {
		RapportCommune rapport = verifierSeule(commune("Agmé", 12_000, toutesExercees(), true, null), COMPLETE,
				DEBUT_2026);

		assertThat(rapport.constats()).isEmpty();
	}

	@Test
	void refuseUneCommuneQuiNeRecensePasLesBesoins() {
		RapportCommune rapport = verifierSeule(commune("Agmé", 800, sauf(RECENSER_BESOINS, NON_EXERCEE)), COMPLETE,
				DEBUT_2026);

		assertThat(rapport.constats()).singleElement().satisfies((constat) -> {
			assertThat(constat.gravite()).isEqualTo(Gravite.ERREUR);
			assertThat(constat.code()).isEqualTo("AO-OBLIGATOIRE-MANQUANTE");
			assertThat(constat.competence()).isEqualTo(RECENSER_BESOINS);
			assertThat(constat.message()).isEqualTo("La commune d'Agmé (800 habitants) n'exerce ni ne transfère "
					+ "la compétence 1° « recenser les besoins des enfants âgés de moins de trois ans et de leurs familles "
					+ "ainsi que les modes d'accueil disponibles », obligatoire pour toute commune "
					+ "(II de l'article L. 214-1-3 du CASF).");
		});
	}

	@Test
	void exigeLaPlanificationAuDelaDe3500Habitants() {
		RapportCommune rapport = verifierSeule(commune("Beaupuy", 3_501, sauf(PLANIFIER, NON_EXERCEE)), COMPLETE,
				DEBUT_2026);

		assertThat(rapport.constats()).singleElement().satisfies((constat) -> {
			assertThat(constat.code()).isEqualTo(Constat.OBLIGATOIRE_MANQUANTE);
			assertThat(constat.competence()).isEqualTo(PLANIFIER);
			assertThat(constat.message()).startsWith("La commune de Beaupuy (3\u202F501 habitants)")
				.contains("obligatoire pour les communes de plus de 3\u202F500 habitants")
				.endsWith("(II de l'article L. 214-1-3 du CASF).");
		});
	}

	@Test
	void laPlanificationEstFacultativeA3500Habitants() {
		RapportCommune nonExercee = verifierSeule(commune("Beaupuy", 3_500, sauf(PLANIFIER, NON_EXERCEE)), COMPLETE,
				DEBUT_2026);
		RapportCommune facultative = verifierSeule(
				commune("Beaupuy", 3_500, sauf(SOUTENIR_QUALITE, EXERCEE_A_TITRE_FACULTATIF)), COMPLETE, DEBUT_2026);

		assertThat(nonExercee.constats()).isEmpty();
		assertThat(facultative.constats()).isEmpty();
		assertThat(nonExercee.obligations().de(PLANIFIER)).isEqualTo(Obligation.FACULTATIVE);
	}

	@Test
	void refuseLExerciceATitreFacultatifAuDelaDe3500Habitants() {
		RapportCommune rapport = verifierSeule(
				commune("Le Mas-d'Agenais", 3_501, sauf(SOUTENIR_QUALITE, EXERCEE_A_TITRE_FACULTATIF)), COMPLETE,
				DEBUT_2026);

		assertThat(rapport.constats()).singleElement().satisfies((constat) -> {
			assertThat(constat.gravite()).isEqualTo(Gravite.ERREUR);
			assertThat(constat.code()).isEqualTo("AO-FACULTATIF-INTERDIT");
			assertThat(constat.competence()).isEqualTo(SOUTENIR_QUALITE);
			assertThat(constat.message()).startsWith("La commune du Mas-d'Agenais (3\u202F501 habitants) ne peut pas "
					+ "exercer la compétence 4° « soutenir la qualité des modes d'accueil » à titre facultatif : "
					+ "elle est obligatoire pour les communes de plus de 3\u202F500 habitants");
		});
	}

	@Test
	void refuseLeRecensementATitreFacultatifQuelleQueSoitLaPopulation() {
		RapportCommune rapport = verifierSeule(commune("Agmé", 200, sauf(RECENSER_BESOINS, EXERCEE_A_TITRE_FACULTATIF)),
				COMPLETE, DEBUT_2026);

		assertThat(codes(rapport.constats())).containsExactly(Constat.FACULTATIF_INTERDIT);
		assertThat(rapport.constats().get(0).message()).contains("obligatoire pour toute commune");
	}

	@Test
	void exigeUnSchemaPluriannuelAuDelaDe10000HabitantsQuandLaConventionNeComportePasTout() {
		ContenuConvention incomplete = new ContenuConvention(false, true, true, true, false);

		RapportCommune a10000 = verifierSeule(commune("Marmande", 10_000, toutesExercees(), true, null), incomplete,
				DEBUT_2026);
		RapportCommune a10001 = verifierSeule(commune("Marmande", 10_001, toutesExercees(), true, null), incomplete,
				DEBUT_2026);

		assertThat(a10000.constats()).isEmpty();
		assertThat(a10001.constats()).singleElement().satisfies((constat) -> {
			assertThat(constat.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
			assertThat(constat.code()).isEqualTo("AO-SCHEMA-PLURIANNUEL-REQUIS");
			assertThat(constat.competence()).isEqualTo(PLANIFIER);
			assertThat(constat.message())
				.startsWith("La commune de Marmande (10\u202F001 habitants) exerce la compétence 3°")
				.contains("au-delà de 10\u202F000 habitants", "(article L. 214-2 du CASF)")
				.endsWith("Schéma pluriannuel requis : la convention n'en tient lieu que si elle comporte aussi "
						+ "le diagnostic partagé (annexe 1) et les indicateurs de suivi et d'évaluation.");
		});
	}

	@Test
	void laConventionTientLieuDeSchemaAvecSesQuatreAnnexesEtSesIndicateurs() {
		RapportCommune rapport = verifierSeule(commune("Marmande", 17_000, toutesExercees(), true, null), COMPLETE,
				DEBUT_2026);

		assertThat(rapport.constats()).isEmpty();
		assertThat(new ContenuConvention(true, true, true, false, true).manquants())
			.containsExactly("les modalités de pilotage (annexe 4)");
	}

	@Test
	void exigeUnRelaisPetiteEnfanceAPartirDu1erJanvier2026() {
		LigneCommune sansRelais = commune("Marmande", 10_001, toutesExercees(), false, null);

		assertThat(verifierSeule(sansRelais, COMPLETE, FIN_2025).constats()).isEmpty();
		RapportCommune en2026 = verifierSeule(sansRelais, COMPLETE, DEBUT_2026);
		assertThat(en2026.constats()).extracting(Constat::code).containsOnly("AO-RPE-REQUIS");
		assertThat(en2026.constats()).extracting(Constat::competence)
			.containsExactly(INFORMER_ACCOMPAGNER, SOUTENIR_QUALITE);
		assertThat(en2026.constats().get(0).message()).contains("relais petite enfance", "article L. 214-2-1 du CASF",
				"(annexe 2) n'en mentionne aucun");
	}

	@Test
	void nExigePasDeRelaisA10000HabitantsNiAvecUnRelaisDansLaListeDesEquipements() {
		assertThat(verifierSeule(commune("Tonneins", 10_000, toutesExercees(), false, null), COMPLETE, DEBUT_2026)
			.constats()).isEmpty();
		assertThat(verifierSeule(commune("Marmande", 10_001, toutesExercees(), true, null), COMPLETE, DEBUT_2026)
			.constats()).isEmpty();
	}

	@Test
	void retientLaPopulationSaisieAvecSaSource() {
		LigneCommune ligne = new LigneCommune("47001", "Agmé", insee(3_400),
				new Population(3_600, "Recensement complémentaire 2025", 2025), sauf(PLANIFIER, NON_EXERCEE), false,
				null);

		RapportCommune rapport = verifierSeule(ligne, COMPLETE, DEBUT_2026);

		assertThat(rapport.populationRetenue().valeur()).isEqualTo(3_600);
		assertThat(ligne.population().valeur()).isEqualTo(3_400);
		assertThat(codes(rapport.constats())).containsExactly(Constat.OBLIGATOIRE_MANQUANTE);
	}

	@Test
	void refuseUnePopulationSaisieSansSource() {
		LigneCommune ligne = new LigneCommune("47001", "Agmé", insee(3_400), new Population(3_600, " ", 2025),
				toutesExercees(), false, null);

		RapportCommune rapport = verifierSeule(ligne, COMPLETE, DEBUT_2026);

		assertThat(rapport.constats()).singleElement().satisfies((constat) -> {
			assertThat(constat.gravite()).isEqualTo(Gravite.ERREUR);
			assertThat(constat.code()).isEqualTo("AO-POPULATION-SANS-SOURCE");
			assertThat(constat.competence()).isNull();
			assertThat(constat.message())
				.startsWith("La population saisie pour la commune d'Agmé (3\u202F600 habitants) " + "n'a pas de source")
				.contains("(3\u202F400 habitants, INSEE, populations légales, 2026)");
		});
	}

	@Test
	void refuseUnTransfertVersUnEpciAbsentDuTableau() {
		LigneCommune ligne = commune("Agmé", 600, sauf(PLANIFIER, TRANSFEREE_A_L_EPCI), false, "200068500");

		RapportCompetences rapport = VerificationCompetences.verifier(new TableauCompetences(List.of(ligne), List.of()),
				COMPLETE, DEBUT_2026);

		assertThat(rapport.estBloquant()).isTrue();
		assertThat(rapport.constats()).singleElement().satisfies((constat) -> {
			assertThat(constat.code()).isEqualTo("AO-EPCI-ABSENT");
			assertThat(constat.message())
				.startsWith("La commune d'Agmé transfère la compétence 3° à l'EPCI de SIREN "
						+ "200068500, qui n'a pas de ligne dans le tableau")
				.endsWith("(III de l'article L. 214-1-3 du CASF).");
		});
	}

	@Test
	void refuseUnTransfertSansEpci() {
		LigneCommune ligne = commune("Agmé", 600, sauf(RECENSER_BESOINS, TRANSFEREE_A_L_EPCI), false, null);

		assertThat(codes(verifierSeule(ligne, COMPLETE, DEBUT_2026).constats()))
			.containsExactly(Constat.EPCI_NON_RENSEIGNE);
	}

	@Test
	void traiteUneCompetenceOublieeCommeNonExercee() {
		LigneCommune ligne = commune("Agmé", 600, java.util.Map.of(RECENSER_BESOINS, Exercice.EXERCEE_PAR_LA_COMMUNE));

		assertThat(ligne.exercice(PLANIFIER)).isEqualTo(NON_EXERCEE);
		assertThat(verifierSeule(ligne, COMPLETE, DEBUT_2026).constats()).extracting(Constat::competence)
			.containsExactly(INFORMER_ACCOMPAGNER);
	}

}
