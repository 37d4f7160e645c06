package fr.atelierctg.convention;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.support.BaseDeTest;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class CycleDeVieTest {

	@Autowired
	Scenario scenario;

	@Autowired
	CycleDeVie cycle;

	@Autowired
	ConventionApi lecture;

	@Autowired
	ConventionService redaction;

	@Autowired
	ApplicationEvents evenements;

	CafVue caf;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
	}

	@Test
	void chaqueTransitionNEstPermiseQuAuxRolesPrevus() throws SQLException {
		for (Transition transition : Transition.values()) {
			if (transition.automatique() || transition == Transition.RESILIER) {
				continue;
			}
			long id = this.scenario.conventionPreteAValider(this.caf);
			for (Role role : Role.values()) {
				placer(id, transition.depuis().iterator().next());
				boolean permis = switch (transition) {
					case VALIDER, REPRENDRE_RELECTURE -> role == Role.DIRECTEUR;
					default -> role == Role.CONSEILLER || role == Role.DIRECTEUR;
				};
				Supplier<StatutConvention> effectuer = () -> this.cycle.effectuer(id, transition, "Raison du test");
				if (permis) {
					assertThat(en(role, effectuer)).as(transition + " par " + role).isEqualTo(transition.vers());
					assertThat(en(role, () -> this.cycle.historique(id))).last()
						.satisfies((t) -> assertThat(t.auteur()).isEqualTo("Test " + role.name()))
						.satisfies((t) -> assertThat(t.motif()).isEqualTo("Raison du test"));
				}
				else {
					assertThatThrownBy(() -> en(role, effectuer)).as(transition + " par " + role)
						.isInstanceOfAny(AccessDeniedException.class, ConventionIntrouvable.class);
					assertThat(statut(id)).isEqualTo(transition.depuis().iterator().next());
				}
			}
		}
	}

	@Test
	void lesTransitionsOffertesDependentDuStatutEtDuRole() throws SQLException {
		long id = this.scenario.conventionPreteAValider(this.caf);
		assertThat(en(Role.CONSEILLER, () -> this.cycle.possibles(id))).containsExactly(Transition.OUVRIR_CONCERTATION,
				Transition.DEMANDER_RELECTURE);
		placer(id, StatutConvention.RELECTURE);
		assertThat(en(Role.CONSEILLER, () -> this.cycle.possibles(id)))
			.containsExactly(Transition.ROUVRIR_CONCERTATION);
		assertThat(en(Role.DIRECTEUR, () -> this.cycle.possibles(id))).containsExactly(Transition.ROUVRIR_CONCERTATION,
				Transition.VALIDER);
		assertThat(en(Role.LECTEUR, () -> this.cycle.possibles(id))).isEmpty();
		assertThat(en(Role.CHARGE_COOPERATION, () -> this.cycle.possibles(id))).isEmpty();
	}

	@Test
	void uneTransitionDepuisUnAutreStatutEstRefusee() {
		long id = this.scenario.conventionPreteAValider(this.caf);
		assertThatThrownBy(() -> en(Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.VALIDER, "")))
			.isInstanceOf(TransitionImpossible.class)
			.hasMessageContaining("Brouillon");
		assertThatThrownBy(
				() -> en(Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.CONSTATER_SIGNATURES, "")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void laValidationExigeUnRapportSansErreurBloquante() throws SQLException {
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		en(Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.DEMANDER_RELECTURE, ""));
		long marmande = this.scenario.commune(this.caf, id, "47157");
		assertThatThrownBy(() -> en(Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.VALIDER, "")))
			.isInstanceOfSatisfying(ValidationBloquee.class, (ex) -> assertThat(ex.erreurs())
				.anySatisfy((e) -> assertThat(e.lien()).endsWith("/signataires/" + marmande + "#deliberation")));
		assertThat(statut(id)).isEqualTo(StatutConvention.RELECTURE);
	}

	@Test
	void leMotifEstExigePourRevenirEnRelecture() throws SQLException {
		long id = this.scenario.conventionPreteAValider(this.caf);
		placer(id, StatutConvention.VALIDEE);
		assertThatThrownBy(
				() -> en(Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.REPRENDRE_RELECTURE, " ")))
			.isInstanceOfSatisfying(DonneesInvalides.class, (ex) -> assertThat(ex.erreurs()).containsKey("motif"));
		en(Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.REPRENDRE_RELECTURE, "Coquille à l'article 4"));
		assertThat(statut(id)).isEqualTo(StatutConvention.RELECTURE);
	}

	@Test
	void chaqueTransitionPublieUnEvenement() {
		long id = this.scenario.conventionPreteAValider(this.caf);
		en(Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.OUVRIR_CONCERTATION, "Go"));
		assertThat(this.evenements.stream(ConventionChangeeDeStatut.class)).anySatisfy((e) -> assertThat(e)
			.extracting(ConventionChangeeDeStatut::conventionId, ConventionChangeeDeStatut::ancien,
					ConventionChangeeDeStatut::nouveau, ConventionChangeeDeStatut::auteur)
			.containsExactly(id, StatutConvention.BROUILLON, StatutConvention.CONCERTATION, "Test CONSEILLER"));
	}

	@Test
	void leTexteLesSignatairesEtLesAnnexesSontFigesDesLaValidation() throws SQLException {
		long id = this.scenario.conventionPreteAValider(this.caf);
		en(Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.DEMANDER_RELECTURE, ""));
		en(Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.VALIDER, "Relu"));
		ConventionLue validee = en(Role.CONSEILLER, () -> this.lecture.lire(id));
		ArticleLu article = validee.articles().get(1);
		assertThatThrownBy(() -> en(Role.CONSEILLER, () -> {
			this.redaction.modifierArticle(id, article.id(), new ArticleCommande("Autre", "<p>Autre</p>", null));
			return null;
		})).isInstanceOf(ConventionFigee.class).hasMessageContaining("avenant");
		assertThatThrownBy(() -> en(Role.CONSEILLER, () -> {
			this.redaction.retirerSignataire(id, this.scenario.commune(this.caf, id, "47002"));
			return null;
		})).isInstanceOf(ConventionFigee.class);
		assertThatThrownBy(() -> en(Role.CONSEILLER, () -> {
			this.redaction.supprimer(id);
			return null;
		})).isInstanceOf(ConflitMetier.class);
		// the wall behind the services: even the owner role cannot change a frozen text
		try (Connection connexion = BaseDeTest.ouvrir(); Statement sql = connexion.createStatement()) {
			assertThatThrownBy(() -> sql.executeUpdate("UPDATE article SET titre = 'x' WHERE id = " + article.id()))
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("CTG01"));
			assertThatThrownBy(() -> sql.executeUpdate("UPDATE convention SET titre = 'x' WHERE id = " + id))
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("CTG01"));
			assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM annexe WHERE convention_id = " + id))
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("CTG01"));
			assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM convention WHERE id = " + id))
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("CTG01"));
		}
		assertThat(en(Role.CONSEILLER, () -> this.lecture.lire(id)).articles().get(1).titre())
			.isEqualTo(article.titre());
		// its life still moves
		en(Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.METTRE_EN_SIGNATURE, ""));
		assertThat(statut(id)).isEqualTo(StatutConvention.EN_SIGNATURE);
	}

	@Test
	void leCalendrierFaitEntrerEnVigueurPuisEchoir() throws SQLException {
		long id = this.scenario.conventionPreteAValider(this.caf);
		placer(id, StatutConvention.SIGNEE);
		// other tests' conventions of the same Caf may move too: only this one's status
		// is asserted
		en(Role.CONSEILLER, () -> this.cycle.suivreLeCalendrier(LocalDate.of(2024, 12, 31)));
		assertThat(statut(id)).isEqualTo(StatutConvention.SIGNEE);
		assertThat(en(Role.CONSEILLER, () -> this.cycle.suivreLeCalendrier(LocalDate.of(2025, 1, 1)))).isPositive();
		assertThat(statut(id)).isEqualTo(StatutConvention.EN_VIGUEUR);
		en(Role.CONSEILLER, () -> this.cycle.suivreLeCalendrier(LocalDate.of(2029, 12, 31)));
		assertThat(statut(id)).isEqualTo(StatutConvention.EN_VIGUEUR);
		assertThat(en(Role.CONSEILLER, () -> this.cycle.suivreLeCalendrier(LocalDate.of(2030, 1, 1)))).isPositive();
		assertThat(statut(id)).isEqualTo(StatutConvention.ECHUE);
		List<TransitionLue> historique = en(Role.CONSEILLER, () -> this.cycle.historique(id));
		assertThat(historique).extracting(TransitionLue::vers, TransitionLue::auteur)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(StatutConvention.EN_VIGUEUR, "Atelier CTG"),
					org.assertj.core.groups.Tuple.tuple(StatutConvention.ECHUE, "Atelier CTG"));
	}

	@Test
	void laResiliationCompteLePreavisEtGardeSonMotif() throws SQLException {
		long id = this.scenario.conventionPreteAValider(this.caf);
		placer(id, StatutConvention.EN_VIGUEUR);
		assertThatThrownBy(() -> en(Role.CONSEILLER, () -> this.cycle.resilier(id, LocalDate.of(2026, 3, 1),
				MotifResiliation.ACCORD_MUTUEL, "Fusion des communes")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> en(Role.DIRECTEUR,
				() -> this.cycle.resilier(id, LocalDate.of(2026, 3, 1), MotifResiliation.ACCORD_MUTUEL, "")))
			.isInstanceOfSatisfying(DonneesInvalides.class, (ex) -> assertThat(ex.erreurs()).containsKey("motif"));
		assertThatThrownBy(() -> en(Role.DIRECTEUR,
				() -> this.cycle.resilier(id, LocalDate.of(2029, 7, 1), MotifResiliation.ACCORD_MUTUEL, "Trop tard")))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs().get("notification")).contains("1er janvier 2030"));
		LocalDate effet = en(Role.DIRECTEUR, () -> this.cycle.resilier(id, LocalDate.of(2026, 3, 1),
				MotifResiliation.ACCORD_MUTUEL, "Fusion des communes"));
		assertThat(effet).isEqualTo(LocalDate.of(2026, 9, 1));
		ConventionLue resiliee = en(Role.LECTEUR, () -> this.lecture.lire(id));
		assertThat(resiliee.statut()).isEqualTo(StatutConvention.RESILIEE);
		assertThat(resiliee.cycle().dateResiliation()).isEqualTo(effet);
		assertThat(resiliee.cycle().motifResiliation()).isEqualTo(MotifResiliation.ACCORD_MUTUEL);
		assertThat(en(Role.LECTEUR, () -> this.cycle.historique(id))).last()
			.satisfies((t) -> assertThat(t.motif()).contains("Fusion des communes").contains("1er septembre 2026"));
	}

	private <T> T en(Role role, Supplier<T> travail) {
		return Comptes.en(Comptes.utilisateur(this.caf.id(), role, Scenario.SIREN_VGA), travail);
	}

	private StatutConvention statut(long id) {
		return en(Role.LECTEUR, () -> this.lecture.lire(id)).statut();
	}

	/**
	 * Puts a convention in a status directly, as the owner (triggers allow status moves).
	 */
	static void placer(long id, StatutConvention statut) throws SQLException {
		try (Connection connexion = BaseDeTest.ouvrir(); Statement sql = connexion.createStatement()) {
			sql.executeUpdate("UPDATE convention SET statut = '" + statut.name() + "' WHERE id = " + id);
		}
	}

}
