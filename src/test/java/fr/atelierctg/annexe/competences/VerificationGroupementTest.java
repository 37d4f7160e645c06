package fr.atelierctg.annexe.competences;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static fr.atelierctg.annexe.competences.Competence.INFORMER_ACCOMPAGNER;
import static fr.atelierctg.annexe.competences.Competence.PLANIFIER;
import static fr.atelierctg.annexe.competences.Competence.RECENSER_BESOINS;
import static fr.atelierctg.annexe.competences.Competence.SOUTENIR_QUALITE;
import static fr.atelierctg.annexe.competences.Exercice.EXERCEE_PAR_LA_COMMUNE;
import static fr.atelierctg.annexe.competences.Exercice.TRANSFEREE_A_L_EPCI;
import static fr.atelierctg.annexe.competences.Lignes.COMPLETE;
import static fr.atelierctg.annexe.competences.Lignes.DEBUT_2026;
import static fr.atelierctg.annexe.competences.Lignes.FIN_2025;
import static fr.atelierctg.annexe.competences.Lignes.codes;
import static fr.atelierctg.annexe.competences.Lignes.commune;
import static fr.atelierctg.annexe.competences.Lignes.insee;
import static fr.atelierctg.annexe.competences.Lignes.toutes;
import static org.assertj.core.api.Assertions.assertThat;

class VerificationGroupementTest {

	static final String SIREN = "200036473";

	static final ContenuConvention SANS_PILOTAGE = new ContenuConvention(true, true, true, false, true);

	/**
	 * Recensement transferred by all, planning and quality by some, information by none.
	 */
	static Map<Competence, Exercice> transfertsDesCoteaux() {
		Map<Competence, Exercice> exercices = new EnumMap<>(Competence.class);
		exercices.put(RECENSER_BESOINS, TRANSFEREE_A_L_EPCI);
		exercices.put(INFORMER_ACCOMPAGNER, EXERCEE_PAR_LA_COMMUNE);
		exercices.put(PLANIFIER, TRANSFEREE_A_L_EPCI);
		exercices.put(SOUTENIR_QUALITE, TRANSFEREE_A_L_EPCI);
		return exercices;
	}

	static Map<Competence, Exercice> garde(Competence... gardees) {
		Map<Competence, Exercice> exercices = transfertsDesCoteaux();
		for (Competence competence : gardees) {
			exercices.put(competence, EXERCEE_PAR_LA_COMMUNE);
		}
		return exercices;
	}

	static TableauCompetences coteaux(boolean epciAUnRpe) {
		return new TableauCompetences(
				List.of(commune("Agmé", 2_000, transfertsDesCoteaux(), false, SIREN),
						commune("Beaupuy", 1_800, transfertsDesCoteaux(), false, SIREN),
						commune("Tonneins", 9_000, transfertsDesCoteaux(), false, SIREN),
						commune("Fauillet", 5_000, garde(PLANIFIER, SOUTENIR_QUALITE), false, SIREN)),
				List.of(new LigneGroupement(SIREN, "CC des Coteaux", epciAUnRpe)));
	}

	@Test
	void additionneLaPopulationDesSeulesCommunesQuiOntTransfereLaCompetence() {
		RapportGroupement epci = VerificationCompetences.verifier(coteaux(true), COMPLETE, DEBUT_2026)
			.groupement(SIREN)
			.orElseThrow();

		assertThat(epci.populationTransferee(PLANIFIER)).isEqualTo(12_800);
		assertThat(epci.populationTransferee(SOUTENIR_QUALITE)).isEqualTo(12_800);
		assertThat(epci.populationTransferee(RECENSER_BESOINS)).isEqualTo(17_800);
		assertThat(epci.populationTransferee(INFORMER_ACCOMPAGNER)).isZero();
	}

	@Test
	void indiqueSiLaCompetenceEstTransfereeParToutesOuParCertaines() {
		RapportGroupement epci = VerificationCompetences.verifier(coteaux(true), COMPLETE, DEBUT_2026)
			.groupement(SIREN)
			.orElseThrow();

		assertThat(epci.transfereeParToutes(RECENSER_BESOINS)).isTrue();
		assertThat(epci.transferts().get(PLANIFIER)).isEqualTo(Transfert.PAR_CERTAINES);
		assertThat(epci.transfereeParToutes(PLANIFIER)).isFalse();
		assertThat(epci.exerce(INFORMER_ACCOMPAGNER)).isFalse();
		assertThat(epci.transferts().get(INFORMER_ACCOMPAGNER)).isEqualTo(Transfert.AUCUN);
	}

	@Test
	void appliqueLeSchemaEtLeRelaisAuGroupementAuDelaDe10000HabitantsTransferes() {
		RapportCompetences rapport = VerificationCompetences.verifier(coteaux(false), SANS_PILOTAGE, DEBUT_2026);
		RapportGroupement epci = rapport.groupement(SIREN).orElseThrow();

		assertThat(rapport.communes()).allSatisfy((commune) -> assertThat(commune.constats()).isEmpty());
		assertThat(codes(epci.constats())).containsExactly(Constat.SCHEMA_PLURIANNUEL_REQUIS, Constat.RPE_REQUIS);
		assertThat(epci.constats()).extracting(Constat::competence).containsExactly(PLANIFIER, SOUTENIR_QUALITE);
		assertThat(epci.constats().get(0).message())
			.startsWith("Le groupement « CC des Coteaux » (12\u202F800 habitants, population totale des communes "
					+ "qui lui ont transféré cette compétence, III de l'article L. 214-1-3 du CASF) exerce la compétence 3°")
			.endsWith("comporte aussi les modalités de pilotage (annexe 4).");
		assertThat(rapport.estBloquant()).isFalse();
	}

	@Test
	void nExigePasDeRelaisDuGroupementAvant2026NiQuandSaListeEnCompteUn() {
		assertThat(VerificationCompetences.verifier(coteaux(false), COMPLETE, FIN_2025).constats()).isEmpty();
		assertThat(VerificationCompetences.verifier(coteaux(true), COMPLETE, DEBUT_2026).constats()).isEmpty();
	}

	@Test
	void nExigeRienDuGroupementEnDeçaDe10000HabitantsTransferes() {
		TableauCompetences tableau = new TableauCompetences(
				List.of(commune("Agmé", 2_000, transfertsDesCoteaux(), false, SIREN),
						commune("Beaupuy", 1_800, transfertsDesCoteaux(), false, SIREN),
						commune("Tonneins", 9_000, garde(PLANIFIER, SOUTENIR_QUALITE), true, SIREN)),
				List.of(new LigneGroupement(SIREN, "CC des Coteaux", false)));

		RapportCompetences rapport = VerificationCompetences.verifier(tableau, SANS_PILOTAGE, DEBUT_2026);

		assertThat(rapport.groupement(SIREN).orElseThrow().populationTransferee(PLANIFIER)).isEqualTo(3_800);
		assertThat(rapport.constats()).isEmpty();
	}

	@Test
	void compteLaPopulationSaisieDansLaPopulationTransferee() {
		LigneCommune saisie = new LigneCommune("47002", "Beaupuy", insee(1_800),
				new Population(2_100, "INSEE, recensement complémentaire", 2025), toutes(TRANSFEREE_A_L_EPCI), false,
				SIREN);
		TableauCompetences tableau = new TableauCompetences(
				List.of(commune("Agmé", 2_000, toutes(TRANSFEREE_A_L_EPCI), false, SIREN), saisie),
				List.of(new LigneGroupement(SIREN, "CC des Coteaux", false)));

		RapportGroupement epci = VerificationCompetences.verifier(tableau, COMPLETE, DEBUT_2026)
			.groupement(SIREN)
			.orElseThrow();

		assertThat(epci.populationTransferee(INFORMER_ACCOMPAGNER)).isEqualTo(4_100);
		assertThat(epci.transfereeParToutes(INFORMER_ACCOMPAGNER)).isTrue();
	}

	@Test
	void signaleUnGroupementAuquelPersonneNeTransfereRien() {
		TableauCompetences tableau = new TableauCompetences(
				List.of(commune("Agmé", 2_000, toutes(EXERCEE_PAR_LA_COMMUNE), false, SIREN)),
				List.of(new LigneGroupement(SIREN, "CC des Coteaux", false)));

		RapportGroupement epci = VerificationCompetences.verifier(tableau, COMPLETE, DEBUT_2026)
			.groupement(SIREN)
			.orElseThrow();

		assertThat(epci.constats()).singleElement().satisfies((constat) -> {
			assertThat(constat.gravite()).isEqualTo(Gravite.AVERTISSEMENT);
			assertThat(constat.code()).isEqualTo("AO-GROUPEMENT-SANS-TRANSFERT");
			assertThat(constat.message()).startsWith("Le groupement « CC des Coteaux » n'exerce aucune compétence");
		});
	}

}
