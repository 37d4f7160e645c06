package fr.atelierctg.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.CycleDeVie;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.Signatures;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.convention.Transition;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurVue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class NotificationsTest extends AvecServeurDeCourriel {

	@Autowired
	CycleDeVie cycle;

	@Autowired
	Signatures signatures;

	@Autowired
	ConventionApi lecture;

	@Autowired
	MockMvc mvc;

	@Autowired
	JavaMailSender serveurDeCourriel;

	@Test
	void lOuvertureDeLaConcertationInviteLesChargesDesSignatairesEtEuxSeuls() throws Exception {
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		en(Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.OUVRIR_CONCERTATION, "Merci de compléter"));

		attendre((recus) -> !courriels(id, "Invitation à contribuer").isEmpty());
		List<MimeMessage> invitations = courriels(id, "Invitation à contribuer");
		assertThat(adresses(invitations)).contains(adresse(this.chargeVga))
			.doesNotContain(adresse(this.chargeAutre), adresse(this.conseiller), adresse(this.directeur),
					adresse(this.conseillerAutreCaf));
		MimeMessage invitation = invitations.stream()
			.filter((m) -> destinataires(m).contains(adresse(this.chargeVga)))
			.findFirst()
			.orElseThrow();
		assertThat(texte(invitation)).contains("Bonjour Prénom " + this.chargeVga.nom())
			.contains("La Caf ouvre la concertation")
			.contains("Val de Garonne")
			.contains("« Merci de compléter »")
			.contains("http://localhost:8080/conventions/" + id);
		assertThat(html(invitation)).contains("<a href=\"http://localhost:8080/conventions/" + id + "\">");

		List<NotificationLue> enApplication = Comptes.en(connecte(this.chargeVga, this.caf.id()),
				() -> this.notifications.miennes());
		assertThat(enApplication).singleElement().satisfies((n) -> {
			assertThat(n.type()).isEqualTo(TypeNotification.INVITATION_CONCERTATION);
			assertThat(n.lien()).isEqualTo("/conventions/" + id);
			assertThat(n.lue()).isFalse();
		});
		assertThat(Comptes.en(connecte(this.chargeAutre, this.caf.id()), () -> this.notifications.miennes())).isEmpty();
	}

	@Autowired
	NotificationsApi notifications;

	@Test
	void laContributionTransmiseParUneCollectivitePrevientLesConseillersEtLaDirectionDeLaCaf() throws Exception {
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		long epci = this.scenario.epci(this.caf, id);
		this.mvc
			.perform(post("/conventions/" + id + "/contributions").param("signataireId", String.valueOf(epci))
				.param("message", "Diagnostic et équipements à jour.")
				.with(user(connecte(this.chargeVga, this.caf.id())))
				.with(csrf()))
			.andExpect(redirectedUrl("/conventions/" + id + "#contributions"))
			.andExpect(flash().attribute("erreur", org.hamcrest.Matchers.containsString("pendant la concertation")));
		assertThat(courriels(id, "Contribution transmise")).isEmpty();
		this.mvc
			.perform(post("/api/conventions/" + id + "/contributions").contentType("application/json")
				.content("{\"signataireId\": " + epci + "}")
				.with(user(connecte(this.chargeVga, this.caf.id()))))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("pendant la concertation")));

		en(Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.OUVRIR_CONCERTATION, ""));
		this.mvc.perform(get("/conventions/" + id).with(user(connecte(this.chargeVga, this.caf.id()))))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Transmettre notre contribution à la Caf")));
		this.mvc
			.perform(post("/conventions/" + id + "/contributions").param("signataireId", String.valueOf(epci))
				.param("message", "Diagnostic et équipements à jour.")
				.with(user(connecte(this.chargeVga, this.caf.id())))
				.with(csrf()))
			.andExpect(redirectedUrl("/conventions/" + id + "#contributions"))
			.andExpect(flash().attribute("succes", org.hamcrest.Matchers.containsString("transmise à la Caf")));

		attendre((recus) -> courriels(id, "Contribution transmise").size() >= 2);
		List<MimeMessage> contributions = courriels(id, "Contribution transmise");
		assertThat(adresses(contributions)).contains(adresse(this.conseiller), adresse(this.directeur))
			.doesNotContain(adresse(this.lecteur), adresse(this.admin), adresse(this.chargeVga),
					adresse(this.chargeAutre), adresse(this.conseillerAutreCaf));
		assertThat(texte(contributions.get(0))).contains("Prénom " + this.chargeVga.nom())
			.contains("Val de Garonne Agglomération")
			.contains("« Diagnostic et équipements à jour. »");

		this.mvc.perform(get("/conventions/" + id).with(user(connecte(this.conseiller, this.caf.id()))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Contributions des collectivités")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Diagnostic et équipements à jour.")))
			.andExpect(content().string(
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Transmettre notre contribution"))));
		// a chargé·e of another collectivité does not even see the convention
		this.mvc
			.perform(post("/api/conventions/" + id + "/contributions").contentType("application/json")
				.content("{\"signataireId\": " + epci + "}")
				.with(user(connecte(this.chargeAutre, this.caf.id()))))
			.andExpect(status().isNotFound());
	}

	@Test
	void chaqueEtapeJusquALaSignaturePrevientLesBonnesPersonnes() throws Exception {
		long id = this.scenario.conventionPreteAValider(this.caf);
		en(Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.DEMANDER_RELECTURE, ""));
		attendre((recus) -> courriels(id, "À relire").size() >= 2);
		assertThat(adresses(courriels(id, "À relire"))).contains(adresse(this.conseiller), adresse(this.directeur))
			.doesNotContain(adresse(this.chargeVga), adresse(this.chargeAutre), adresse(this.lecteur),
					adresse(this.conseillerAutreCaf));

		en(Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.VALIDER, ""));
		attendre((recus) -> courriels(id, "Convention validée").size() >= 3);
		assertThat(adresses(courriels(id, "Convention validée")))
			.contains(adresse(this.conseiller), adresse(this.directeur), adresse(this.chargeVga))
			.doesNotContain(adresse(this.chargeAutre), adresse(this.conseillerAutreCaf));

		en(Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.METTRE_EN_SIGNATURE, ""));
		attendre((recus) -> courriels(id, "Prête pour signature").size() >= 2);
		assertThat(adresses(courriels(id, "Prête pour signature")))
			.contains(adresse(this.directeur), adresse(this.chargeVga))
			.doesNotContain(adresse(this.conseiller), adresse(this.chargeAutre), adresse(this.conseillerAutreCaf));
		assertThat(texte(courriels(id, "Prête pour signature").get(0)))
			.contains("http://localhost:8080/conventions/" + id + "/signatures");

		ConventionLue convention = en(Role.CONSEILLER, () -> this.lecture.lire(id));
		byte[] copie = pdf("Exemplaire signé");
		// the agglomération's chargée records its own signature; the Caf records the
		// others
		long epci = this.scenario.epci(this.caf, id);
		Comptes.en(connecte(this.chargeVga, this.caf.id()),
				() -> this.signatures.enregistrer(id, epci, LocalDate.now(), "Marmande", "signe.pdf", copie));
		for (SignataireLu signataire : convention.signataires()) {
			if (signataire.id() != epci) {
				en(Role.CONSEILLER, () -> this.signatures.enregistrer(id, signataire.id(), LocalDate.now(), "Marmande",
						"signe.pdf", copie));
			}
		}
		attendre((recus) -> courriels(id, "Convention signée").size() >= 4);
		List<MimeMessage> signatures = courriels(id, "Signature enregistrée");
		// only the signature the collectivité recorded is announced, once to each of the
		// Caf's staff
		assertThat(adresses(signatures)).filteredOn(adresse(this.conseiller)::equals).hasSize(1);
		assertThat(adresses(signatures)).filteredOn(adresse(this.directeur)::equals).hasSize(1);
		assertThat(adresses(signatures)).doesNotContain(adresse(this.chargeVga), adresse(this.chargeAutre),
				adresse(this.lecteur), adresse(this.conseillerAutreCaf));
		assertThat(texte(signatures.get(signatures.size() - 1))).contains("Val de Garonne Agglomération")
			.contains("Signatures restant à recueillir : " + (convention.signataires().size() - 1));
		assertThat(adresses(courriels(id, "Convention signée")))
			.contains(adresse(this.conseiller), adresse(this.directeur), adresse(this.chargeVga))
			.doesNotContain(adresse(this.chargeAutre), adresse(this.conseillerAutreCaf));
	}

	@Test
	void chacunLitEtMarqueSesNotificationsEtPasCellesDesAutres() throws Exception {
		long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		en(Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.OUVRIR_CONCERTATION, ""));
		var charge = user(connecte(this.chargeVga, this.caf.id()));

		this.mvc.perform(get("/api/notifications").with(charge))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nonLues").value(1))
			.andExpect(jsonPath("$.notifications[0].type").value("INVITATION_CONCERTATION"))
			.andExpect(jsonPath("$.notifications[0].lien").value("/conventions/" + id))
			.andExpect(jsonPath("$.notifications[0].lue").value(false));
		this.mvc.perform(get("/conventions").with(charge))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Notifications : 1 non lue(s)")));
		long notification = Comptes.en(connecte(this.chargeVga, this.caf.id()), () -> this.notifications.miennes())
			.get(0)
			.id();

		this.mvc
			.perform(post("/api/notifications/" + notification + "/lu")
				.with(user(connecte(this.chargeAutre, this.caf.id()))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/notifications/" + notification + "/lu")
				.with(user(connecte(this.conseillerAutreCaf, this.autreCaf.id()))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/notifications").with(user(connecte(this.chargeAutre, this.caf.id()))))
			.andExpect(jsonPath("$.nonLues").value(0))
			.andExpect(jsonPath("$.notifications").isEmpty());

		this.mvc.perform(post("/api/notifications/" + notification + "/lu").with(charge))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lue").value(true));
		this.mvc.perform(get("/api/notifications").with(charge)).andExpect(jsonPath("$.nonLues").value(0));

		en(Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.DEMANDER_RELECTURE, ""));
		en(Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.ROUVRIR_CONCERTATION, ""));
		this.mvc.perform(get("/notifications").with(charge))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("La Caf rouvre la concertation")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tout marquer comme lu")));
		this.mvc.perform(post("/notifications/lues").with(charge).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("succes", "1 notification marquée comme lue."));
		this.mvc.perform(get("/api/notifications").with(charge))
			.andExpect(jsonPath("$.nonLues").value(0))
			.andExpect(jsonPath("$.notifications.length()").value(2));
		this.mvc.perform(post("/notifications/" + notification + "/ouvrir").with(charge).with(csrf()))
			.andExpect(redirectedUrl("/conventions/" + id));
	}

	@Test
	void unServeurDeCourrielEnPanneNEmpechePasLaTransitionNiLaNotificationDansLApplication() {
		JavaMailSenderImpl serveur = (JavaMailSenderImpl) this.serveurDeCourriel;
		int port = serveur.getPort();
		serveur.setPort(portFerme());
		try {
			long id = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
			StatutConvention statut = en(Role.CONSEILLER,
					() -> this.cycle.effectuer(id, Transition.OUVRIR_CONCERTATION, ""));
			assertThat(statut).isEqualTo(StatutConvention.CONCERTATION);
			assertThat(en(Role.CONSEILLER, () -> this.lecture.lire(id)).statut())
				.isEqualTo(StatutConvention.CONCERTATION);
			assertThat(courriels(id, "Invitation à contribuer")).isEmpty();
			assertThat(Comptes.en(connecte(this.chargeVga, this.caf.id()), () -> this.notifications.miennes()))
				.extracting(NotificationLue::lien)
				.containsExactly("/conventions/" + id);
		}
		finally {
			serveur.setPort(port);
		}
	}

	private static int portFerme() {
		try (java.net.ServerSocket libre = new java.net.ServerSocket(0)) {
			return libre.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private <T> T en(Role role, Supplier<T> travail) {
		return Comptes.en(Comptes.utilisateur(this.caf.id(), role), travail);
	}

}
