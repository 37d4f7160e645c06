package fr.atelierctg.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.CycleDeVie;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.Signatures;
import fr.atelierctg.convention.Transition;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenantContext;
import fr.atelierctg.tenancy.UtilisateurVue;

import static org.assertj.core.api.Assertions.assertThat;

class RappelsTest extends AvecServeurDeCourriel {

	@Autowired
	TacheDesRappels tache;

	@Autowired
	Rappels rappels;

	@Autowired
	CycleDeVie cycle;

	@Autowired
	Signatures signatures;

	@Autowired
	ConventionApi lecture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext contexte;

	final LocalDate aujourdhui = LocalDate.now(ZoneId.of("Europe/Paris"));

	@Test
	void laTacheLanceeDeuxFoisRelanceUneSeuleFoisLesDeliberationsManquantes() throws Exception {
		long id = conventionSansDeliberationsSigneeDans(10);
		String sirenMarmande = en(Role.CONSEILLER, () -> this.lecture.lire(id)).signataires()
			.stream()
			.filter((s) -> "47157".equals(s.identite().codeInsee()))
			.findFirst()
			.orElseThrow()
			.identite()
			.siren();
		UtilisateurVue chargeMarmande = compte(this.caf, Role.CHARGE_COOPERATION, sirenMarmande);
		liberer();
		this.tache.envoyer();
		liberer();
		this.tache.envoyer();

		attendre((recus) -> courriels(id, "Délibération manquante").size() >= 2);
		List<MimeMessage> rappels = courriels(id, "Délibération manquante");
		assertThat(adresses(rappels)).filteredOn(adresse(this.conseiller)::equals).hasSize(1);
		assertThat(adresses(rappels)).filteredOn(adresse(chargeMarmande)::equals).hasSize(1);
		// the EPCI deliberated: its chargé·e is not bothered; others never hear of it
		assertThat(adresses(rappels)).doesNotContain(adresse(this.chargeVga), adresse(this.chargeAutre),
				adresse(this.lecteur), adresse(this.conseillerAutreCaf));
		String auCharge = texte(rappels.stream()
			.filter((m) -> destinataires(m).contains(adresse(chargeMarmande)))
			.findFirst()
			.orElseThrow());
		assertThat(auCharge).contains("- Marmande").doesNotContain("Agmé");
		String auConseiller = texte(rappels.stream()
			.filter((m) -> destinataires(m).contains(adresse(this.conseiller)))
			.findFirst()
			.orElseThrow());
		assertThat(auConseiller).contains("pour 3 collectivités", "- Marmande", "- Agmé")
			.doesNotContain("- CA Val de Garonne");
		assertThat(TenantContext.pour(this.caf.id(),
				() -> this.jdbc.queryForObject(
						"SELECT count(*) FROM rappel_envoye WHERE convention_id = ? AND type = 'RAPPEL_DELIBERATION'",
						Integer.class, id)))
			.isEqualTo(1);
	}

	@Test
	void aucuneRelancePlusDeTrenteJoursAvantLaSignatureNiSansDateDeSignature() throws Exception {
		long loin = conventionSansDeliberationsSigneeDans(31);
		long sansDate = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		TenantContext.pour(this.caf.id(), () -> this.rappels.envoyer(this.aujourdhui));
		assertThat(courriels(loin, "Délibération manquante")).isEmpty();
		assertThat(courriels(sansDate, "Délibération manquante")).isEmpty();
		TenantContext.pour(this.caf.id(), () -> this.rappels.envoyer(this.aujourdhui.plusDays(1)));
		attendre((recus) -> !courriels(loin, "Délibération manquante").isEmpty());
		assertThat(adresses(courriels(loin, "Délibération manquante"))).contains(adresse(this.conseiller));
	}

	@Test
	void renouvellementEtBilanIntermediairePartentUneFoisChacunAuxBonnesPersonnes() throws Exception {
		long id = conventionSignee();
		// period 1 January 2025 – 31 December 2029
		TenantContext.pour(this.caf.id(), () -> this.rappels.envoyer(LocalDate.of(2027, 6, 1)));
		assertThat(courriels(id, "Bilan intermédiaire")).isEmpty();
		assertThat(courriels(id, "Renouvellement")).isEmpty();

		TenantContext.pour(this.caf.id(), () -> this.rappels.envoyer(LocalDate.of(2027, 7, 3)));
		attendre((recus) -> !courriels(id, "Bilan intermédiaire").isEmpty());
		assertThat(adresses(courriels(id, "Bilan intermédiaire")))
			.contains(adresse(this.conseiller), adresse(this.directeur), adresse(this.chargeVga))
			.doesNotContain(adresse(this.chargeAutre), adresse(this.conseillerAutreCaf));
		assertThat(courriels(id, "Renouvellement")).isEmpty();

		TenantContext.pour(this.caf.id(), () -> this.rappels.envoyer(LocalDate.of(2029, 1, 1)));
		attendre((recus) -> !courriels(id, "Renouvellement").isEmpty());
		int envoyesEnSuite = TenantContext.pour(this.caf.id(), () -> this.rappels.envoyer(LocalDate.of(2029, 1, 2)));
		assertThat(envoyesEnSuite).isZero();
		assertThat(adresses(courriels(id, "Renouvellement"))).containsOnlyOnce(adresse(this.conseiller))
			.containsOnlyOnce(adresse(this.directeur))
			.doesNotContain(adresse(this.chargeVga), adresse(this.chargeAutre), adresse(this.conseillerAutreCaf));
		assertThat(adresses(courriels(id, "Bilan intermédiaire"))).containsOnlyOnce(adresse(this.conseiller));
		assertThat(texte(courriels(id, "Renouvellement").get(0))).contains("31 décembre 2029");
	}

	@Test
	void laTacheNeTournePasQuandUneAutreInstanceTientLeVerrou() throws Exception {
		long id = conventionSansDeliberationsSigneeDans(5);
		liberer();
		this.jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) "
				+ "VALUES ('rappels', timezone('utc', now()) + interval '10 minutes', timezone('utc', now()), 'autre-instance') "
				+ "ON CONFLICT (name) DO UPDATE SET lock_until = excluded.lock_until, locked_by = excluded.locked_by");
		try {
			this.tache.envoyer();
			Thread.sleep(200);
			assertThat(courriels(id, "Délibération manquante")).isEmpty();
		}
		finally {
			liberer();
		}
		this.tache.envoyer();
		attendre((recus) -> !courriels(id, "Délibération manquante").isEmpty());
		assertThat(adresses(courriels(id, "Délibération manquante"))).contains(adresse(this.conseiller));
		liberer();
		// the nightly calendar of the conventions is guarded the same way
		assertThat(AopUtils.isAopProxy(this.contexte.getBean("calendrierDesConventions"))).isTrue();
	}

	/**
	 * The scenario's convention, no deliberation dated, signature planned in that many
	 * days.
	 */
	private long conventionSansDeliberationsSigneeDans(int jours) {
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		en(Role.CONSEILLER, () -> {
			this.cycle.prevoirSignature(id, this.aujourdhui.plusDays(jours));
			return null;
		});
		return id;
	}

	private long conventionSignee() {
		long id = this.scenario.conventionPreteAValider(this.caf);
		en(Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.DEMANDER_RELECTURE, ""));
		en(Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.VALIDER, ""));
		en(Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.METTRE_EN_SIGNATURE, ""));
		ConventionLue convention = en(Role.CONSEILLER, () -> this.lecture.lire(id));
		byte[] copie = pdf("Exemplaire signé");
		for (SignataireLu signataire : convention.signataires()) {
			en(Role.CONSEILLER, () -> this.signatures.enregistrer(id, signataire.id(), this.aujourdhui, "Marmande",
					"signe.pdf", copie));
		}
		return id;
	}

	/** As if the previous run's lock had expired. */
	private void liberer() {
		this.jdbc.update("UPDATE shedlock SET lock_until = timezone('utc', now()) - interval '1 second' "
				+ "WHERE name = 'rappels'");
	}

	private <T> T en(Role role, Supplier<T> travail) {
		return Comptes.en(Comptes.utilisateur(this.caf.id(), role), travail);
	}

}
