package fr.atelierctg.annexe.competences;

import org.junit.jupiter.api.Test;

import static fr.atelierctg.annexe.competences.Competence.INFORMER_ACCOMPAGNER;
import static fr.atelierctg.annexe.competences.Competence.PLANIFIER;
import static fr.atelierctg.annexe.competences.Competence.RECENSER_BESOINS;
import static fr.atelierctg.annexe.competences.Competence.SOUTENIR_QUALITE;
import static fr.atelierctg.annexe.competences.Lignes.DEBUT_2026;
import static fr.atelierctg.annexe.competences.Lignes.FIN_2025;
import static org.assertj.core.api.Assertions.assertThat;

class ObligationsTest {

	@Test
	void exigeLeRecensementEtLInformationDeToutesLesCommunes() {
		Obligations obligations = VerificationCompetences.obligations(45, DEBUT_2026);

		assertThat(obligations.de(RECENSER_BESOINS)).isEqualTo(Obligation.OBLIGATOIRE);
		assertThat(obligations.de(INFORMER_ACCOMPAGNER)).isEqualTo(Obligation.OBLIGATOIRE);
	}

	@Test
	void exigeLaPlanificationAuDelaDe3500Habitants() {
		Obligations obligations = VerificationCompetences.obligations(3_501, DEBUT_2026);

		assertThat(obligations.de(PLANIFIER)).isEqualTo(Obligation.OBLIGATOIRE);
		assertThat(obligations.de(SOUTENIR_QUALITE)).isEqualTo(Obligation.OBLIGATOIRE);
		assertThat(obligations.schemaPluriannuel()).isFalse();
	}

	@Test
	void laPlanificationEstFacultativeA3500Habitants() {
		Obligations obligations = VerificationCompetences.obligations(3_500, DEBUT_2026);

		assertThat(obligations.de(PLANIFIER)).isEqualTo(Obligation.FACULTATIVE);
		assertThat(obligations.de(SOUTENIR_QUALITE)).isEqualTo(Obligation.FACULTATIVE);
		assertThat(obligations.de(RECENSER_BESOINS)).isEqualTo(Obligation.OBLIGATOIRE);
	}

	@Test
	void prevoitUnSchemaPluriannuelAuDelaDe10000HabitantsSeulement() {
		assertThat(VerificationCompetences.obligations(10_000, DEBUT_2026).schemaPluriannuel()).isFalse();
		assertThat(VerificationCompetences.obligations(10_001, DEBUT_2026).schemaPluriannuel()).isTrue();
		assertThat(VerificationCompetences.obligations(10_001, DEBUT_2026).exigeUnSchema(PLANIFIER)).isTrue();
		assertThat(VerificationCompetences.obligations(10_001, DEBUT_2026).exigeUnSchema(SOUTENIR_QUALITE)).isFalse();
	}

	@Test
	void exigeUnRelaisPetiteEnfancePourInformerEtSoutenirLaQualiteDesLe1erJanvier2026() {
		assertThat(VerificationCompetences.obligations(10_001, FIN_2025).relaisPetiteEnfance()).isEmpty();
		assertThat(VerificationCompetences.obligations(10_001, DEBUT_2026).relaisPetiteEnfance())
			.containsExactlyInAnyOrder(INFORMER_ACCOMPAGNER, SOUTENIR_QUALITE);
		assertThat(VerificationCompetences.obligations(10_000, DEBUT_2026).relaisPetiteEnfance()).isEmpty();
	}

	@Test
	void nommeLesCompetencesCommeLeModele() {
		assertThat(PLANIFIER.designation())
			.isEqualTo("la compétence 3° « planifier le développement des modes d'accueil du jeune enfant »");
		assertThat(RECENSER_BESOINS.numero()).isEqualTo(1);
	}

}
