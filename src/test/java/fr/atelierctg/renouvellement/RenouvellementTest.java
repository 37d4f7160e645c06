package fr.atelierctg.renouvellement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import fr.atelierctg.annexe.diagnostic.DiagnosticApi;
import fr.atelierctg.annexe.diagnostic.SaisieTexte;
import fr.atelierctg.annexe.diagnostic.SectionDiagnostic;
import fr.atelierctg.annexe.diagnostic.SectionLue;
import fr.atelierctg.annexe.diagnostic.TexteLu;
import fr.atelierctg.annexe.plan.ActionLu;
import fr.atelierctg.annexe.plan.FicheActionCommande;
import fr.atelierctg.annexe.plan.PlanActionsApi;
import fr.atelierctg.annexe.plan.PlanActionsLu;
import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionIntrouvable;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Periode;
import fr.atelierctg.convention.RapportVerification;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.convention.VerificationConvention.Signalement;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;

import static fr.atelierctg.renouvellement.ConventionsSignees.AUJOURDHUI;
import static fr.atelierctg.renouvellement.ConventionsSignees.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The renewal through its service: what the successor takes over, and every refusal. */
@IntegrationTest
class RenouvellementTest {

	@Autowired
	ConventionsSignees signees;

	@Autowired
	Scenario scenario;

	@Autowired
	Renouvellements renouvellements;

	@Autowired
	ConventionApi lecture;

	@Autowired
	DiagnosticApi diagnostic;

	@Autowired
	PlanActionsApi plan;

	@Autowired
	RapportVerification rapport;

	CafVue caf;

	long id;

	final int annee = AUJOURDHUI.getYear();

	@BeforeEach
	void uneConventionEnVigueurDansSaDerniereAnnee() {
		this.caf = this.scenario.caf("47");
		this.id = this.signees.enDerniereAnnee(this.caf);
	}

	@Test
	void leSuccesseurReprendPartiesPeriodeDiagnosticEtFichesChoisies() {
		ConventionLue avant = lire(this.id);
		assertThat(avant.statut()).isEqualTo(StatutConvention.EN_VIGUEUR);
		List<ActionLu> actions = planDe(this.id).toutesLesActions();
		assertThat(actions).hasSize(3);
		long successeur = renouveler(new DemandeRenouvellement(null, null, null,
				List.of(new DemandeRenouvellement.Choix(actions.get(1).id(), ChoixFiche.REECRIRE,
						" Public à élargir aux familles monoparentales "),
						new DemandeRenouvellement.Choix(actions.get(2).id(), ChoixFiche.CLORE,
								"Horaires étendus en 2025 : objectif atteint."))));

		ConventionLue apres = lire(successeur);
		assertThat(apres.statut()).isEqualTo(StatutConvention.BROUILLON);
		assertThat(apres.periode())
			.isEqualTo(new Periode(LocalDate.of(this.annee + 1, 1, 1), LocalDate.of(this.annee + 5, 12, 31)));
		assertThat(apres.titre()).isEqualTo("CTG Val de Garonne " + (this.annee + 1) + "–" + (this.annee + 5));
		assertThat(apres.cycle().predecesseurId()).isEqualTo(this.id);
		assertThat(apres.articles()).isNotEmpty();
		assertThat(apres.signataires()).extracting(SignataireLu::identite)
			.containsExactlyElementsOf(avant.signataires().stream().map(SignataireLu::identite).toList());
		assertThat(apres.signataires()).extracting(SignataireLu::representant)
			.containsExactlyElementsOf(avant.signataires().stream().map(SignataireLu::representant).toList());
		assertThat(apres.caf().orElseThrow().coRepresentant()).isEqualTo(avant.caf().orElseThrow().coRepresentant());
		assertThat(apres.signataires()).allSatisfy((s) -> assertThat(s.deliberationDate()).isNull());
		assertThat(apres.signatures()).isEmpty();

		SectionLue presentation = en(this.caf, Role.LECTEUR,
				() -> this.diagnostic.section(successeur, SectionDiagnostic.PRESENTATION_TERRITOIRE));
		assertThat(presentation.caf().texte()).contains("Un territoire rural de 43 communes.");
		assertThat(presentation.aMettreAJour()).isTrue();
		SectionLue petiteEnfance = en(this.caf, Role.LECTEUR,
				() -> this.diagnostic.section(successeur, SectionDiagnostic.PETITE_ENFANCE));
		TexteLu agme = petiteEnfance.contributions().get(0);
		assertThat(agme.signataireId()).isEqualTo(this.scenario.commune(this.caf, successeur, "47002"));
		assertThat(agme.texte()).contains("Deux micro-crèches");
		assertThat(agme.chiffres()).singleElement().satisfies((c) -> {
			assertThat(c.libelle()).isEqualTo("Places en micro-crèche");
			assertThat(c.annee()).isEqualTo(2024);
		});
		assertThat(agme.aMettreAJour()).isTrue();
		assertThat(en(this.caf, Role.LECTEUR,
				() -> this.diagnostic.section(this.id, SectionDiagnostic.PETITE_ENFANCE).aMettreAJour()))
			.isFalse();

		PlanActionsLu planApres = planDe(successeur);
		assertThat(planApres.axes()).extracting((a) -> a.intitule())
			.containsExactlyElementsOf(planDe(this.id).axes().stream().map((a) -> a.intitule()).toList());
		assertThat(planApres.toutesLesActions()).extracting(ActionLu::intitule)
			.containsExactly(actions.get(0).intitule(), actions.get(1).intitule());
		ActionLu reconduite = planApres.toutesLesActions().get(0);
		ActionLu aReecrire = planApres.toutesLesActions().get(1);
		assertThat(reconduite.aReecrire()).isFalse();
		assertThat(reconduite.piloteSignataireId()).isEqualTo(this.scenario.epci(this.caf, successeur));
		assertThat(aReecrire.aReecrire()).isTrue();
		assertThat(aReecrire.fiche().diagnosticInitial()).contains("Aucun LAEP.");
		assertThat(aReecrire.piloteSignataireId()).isEqualTo(this.scenario.commune(this.caf, successeur, "47002"));

		List<FicheReprise> reprise = en(this.caf, Role.LECTEUR, () -> this.renouvellements.reprise(successeur));
		assertThat(reprise).extracting(FicheReprise::choix)
			.containsExactly(ChoixFiche.RECONDUIRE, ChoixFiche.REECRIRE, ChoixFiche.CLORE);
		assertThat(reprise.get(1).note()).isEqualTo("Public à élargir aux familles monoparentales");
		assertThat(reprise.get(1).actionId()).isEqualTo(aReecrire.id());
		assertThat(reprise.get(2).numero()).isEqualTo("1.3");
		assertThat(reprise.get(2).intitule()).isEqualTo("Étendre les horaires du RPE");
		assertThat(reprise.get(2).actionId()).isNull();

		List<Signalement> signalements = en(this.caf, Role.LECTEUR, () -> this.rapport.verifier(successeur));
		assertThat(signalements).filteredOn((s) -> s.message().contains("repris"))
			.extracting(Signalement::message)
			.contains(
					"Diagnostic, section « I. Présentation du territoire » : repris de la convention précédente, "
							+ "à mettre à jour.",
					"Diagnostic, section « III. a. Petite enfance » : repris de la convention précédente, "
							+ "à mettre à jour.",
					"Plan d'actions, action 1.2 « Ouvrir un lieu d'accueil enfants-parents » : reprise de la "
							+ "convention précédente, à réécrire.");
		assertThat(signalements).filteredOn((s) -> s.message().contains("repris")).noneMatch(Signalement::bloquant);

		assertThat(lire(this.id).statut()).isEqualTo(StatutConvention.EN_VIGUEUR);
		EtatSuccession predecesseur = en(this.caf, Role.LECTEUR, () -> this.renouvellements.succession(this.id));
		assertThat(predecesseur.successeur().id()).isEqualTo(successeur);
		assertThat(predecesseur.proposable()).isFalse();
		assertThat(en(this.caf, Role.LECTEUR, () -> this.renouvellements.succession(successeur)).predecesseur().id())
			.isEqualTo(this.id);
	}

	@Test
	void lesMarquesDisparaissentQuandLaPartieEstEnregistreeDeNouveau() {
		List<ActionLu> actions = planDe(this.id).toutesLesActions();
		long successeur = renouveler(new DemandeRenouvellement(null, null, null,
				List.of(new DemandeRenouvellement.Choix(actions.get(0).id(), ChoixFiche.REECRIRE, null))));
		en(this.caf, Role.CONSEILLER, () -> {
			this.diagnostic.enregistrerTexteDeLaCaf(successeur, SectionDiagnostic.PRESENTATION_TERRITOIRE,
					new SaisieTexte("<p>Un territoire rural de 43 communes, 62 000 habitants.</p>", null, null));
			ActionLu action = this.plan.lire(successeur).toutesLesActions().get(0);
			this.plan.modifierAction(successeur, action.id(),
					new FicheActionCommande(action.axeId(), action.intitule() + " (2027)", "", "", "", "", "", "", "",
							"", "", "", action.piloteSignataireId(), null, action.version()));
			return null;
		});
		assertThat(en(this.caf, Role.LECTEUR,
				() -> this.diagnostic.section(successeur, SectionDiagnostic.PRESENTATION_TERRITOIRE).aMettreAJour()))
			.isFalse();
		assertThat(en(this.caf, Role.LECTEUR,
				() -> this.diagnostic.section(successeur, SectionDiagnostic.PETITE_ENFANCE).aMettreAJour()))
			.isTrue();
		assertThat(planDe(successeur).toutesLesActions()).noneMatch(ActionLu::aReecrire);
		List<String> messages = en(this.caf, Role.LECTEUR, () -> this.rapport.verifier(successeur)).stream()
			.map(Signalement::message)
			.filter((m) -> m.contains("repris"))
			.toList();
		assertThat(messages).singleElement().asString().contains("Petite enfance");
	}

	@Test
	void refuseUnSecondRenouvellement() {
		long successeur = renouveler(new DemandeRenouvellement(null, null, null, null));
		assertThat(successeur).isPositive();
		assertThatThrownBy(() -> renouveler(new DemandeRenouvellement(null, null, null, null)))
			.isInstanceOf(ConflitMetier.class)
			.hasMessageContaining("déjà été renouvelée");
		Proposition proposition = en(this.caf, Role.CONSEILLER, () -> this.renouvellements.proposer(this.id));
		assertThat(proposition.renouvelable()).isFalse();
		assertThat(proposition.refus()).contains("déjà été renouvelée");
	}

	@Test
	void refuseUneConventionQuiNEstPasDansSaDerniereAnnee() {
		long plusLongue = this.signees.enVigueur(this.caf, this.annee + 1);
		assertThat(lire(plusLongue).statut()).isEqualTo(StatutConvention.EN_VIGUEUR);
		assertThatThrownBy(() -> en(this.caf, Role.CONSEILLER,
				() -> this.renouvellements.renouveler(plusLongue, new DemandeRenouvellement(null, null, null, null))))
			.isInstanceOf(ConflitMetier.class)
			.hasMessageContaining("dernière année")
			.hasMessageContaining("1er janvier " + (this.annee + 1));
		EtatSuccession etat = en(this.caf, Role.CONSEILLER, () -> this.renouvellements.succession(plusLongue));
		assertThat(etat.proposable()).isFalse();
		assertThat(etat.ouverture()).isEqualTo(LocalDate.of(this.annee + 1, 1, 1));
	}

	@Test
	void refuseUneConventionNonSignee() {
		long brouillon = this.signees.redigee(this.caf, this.annee);
		assertThatThrownBy(() -> en(this.caf, Role.CONSEILLER,
				() -> this.renouvellements.renouveler(brouillon, new DemandeRenouvellement(null, null, null, null))))
			.isInstanceOf(ConflitMetier.class)
			.hasMessageContaining("Seule une convention signée ou en vigueur")
			.hasMessageContaining("Brouillon");
	}

	@Test
	void seulsLesConseillersEtDirecteursDeLaCafRenouvellent() {
		for (Role role : List.of(Role.LECTEUR, Role.ADMIN_CAF)) {
			assertThatThrownBy(() -> en(this.caf, role,
					() -> this.renouvellements.renouveler(this.id, new DemandeRenouvellement(null, null, null, null))))
				.as(role.name())
				.isInstanceOf(AccessDeniedException.class)
				.hasMessage(Renouvellements.ROLE_REQUIS);
			assertThat(en(this.caf, role, () -> this.renouvellements.proposer(this.id).refus()))
				.isEqualTo(Renouvellements.ROLE_REQUIS);
		}
		assertThatThrownBy(() -> fr.atelierctg.support.Comptes.en(
				fr.atelierctg.support.Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA),
				() -> this.renouvellements.renouveler(this.id, new DemandeRenouvellement(null, null, null, null))))
			.isInstanceOf(AccessDeniedException.class);
		long successeur = en(this.caf, Role.DIRECTEUR,
				() -> this.renouvellements.renouveler(this.id, new DemandeRenouvellement(null, null, null, null)));
		assertThat(lire(successeur).cycle().predecesseurId()).isEqualTo(this.id);
	}

	@Test
	void refuseUnePeriodeAuDelaDeNPlusQuatreOuUneFicheEtrangereSansRienEnregistrer() {
		LocalDate debut = LocalDate.of(this.annee + 1, 1, 1);
		assertThatThrownBy(() -> renouveler(
				new DemandeRenouvellement("CTG", debut, LocalDate.of(this.annee + 6, 1, 1), List.of())))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs().get("dateFin")).contains("31 décembre " + (this.annee + 5)));
		assertThatThrownBy(() -> renouveler(new DemandeRenouvellement(null, null, null,
				List.of(new DemandeRenouvellement.Choix(999_999L, ChoixFiche.CLORE, null)))))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs()).containsKey("fiches[0].actionId"));
		assertThat(en(this.caf, Role.LECTEUR, () -> this.renouvellements.succession(this.id)).successeur()).isNull();
		assertThat(en(this.caf, Role.LECTEUR, () -> this.renouvellements.proposer(this.id)).fiches()).hasSize(3);
	}

	@Test
	void uneAutreCafNeVoitNiNeRenouvelleLaConvention() {
		CafVue caf31 = this.scenario.caf("31");
		assertThatThrownBy(() -> en(caf31, Role.CONSEILLER, () -> this.renouvellements.proposer(this.id)))
			.isInstanceOf(ConventionIntrouvable.class);
		assertThatThrownBy(() -> en(caf31, Role.CONSEILLER,
				() -> this.renouvellements.renouveler(this.id, new DemandeRenouvellement(null, null, null, null))))
			.isInstanceOf(ConventionIntrouvable.class);
		long successeur = renouveler(new DemandeRenouvellement(null, null, null, null));
		assertThatThrownBy(() -> en(caf31, Role.CONSEILLER, () -> this.renouvellements.reprise(successeur)))
			.isInstanceOf(ConventionIntrouvable.class);
	}

	private long renouveler(DemandeRenouvellement demande) {
		return en(this.caf, Role.CONSEILLER, () -> this.renouvellements.renouveler(this.id, demande));
	}

	private ConventionLue lire(long conventionId) {
		return en(this.caf, Role.LECTEUR, () -> this.lecture.lire(conventionId));
	}

	private PlanActionsLu planDe(long conventionId) {
		return en(this.caf, Role.LECTEUR, () -> this.plan.lire(conventionId));
	}

}
