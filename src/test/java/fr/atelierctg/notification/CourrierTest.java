package fr.atelierctg.notification;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurVue;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CourrierTest {

	private final UtilisateurVue conseillere = new UtilisateurVue(7, "cmartin", "Claire", "Martin",
			"claire.martin@caf47.fr", Role.CONSEILLER, true, Set.of());

	@Test
	void sansServeurSmtpLeCourrielEstEcritDansLeJournal(CapturedOutput sortie) {
		Courrier courrier = new Courrier(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), "",
				"Atelier CTG <ne-pas-repondre@atelier-ctg.local>", "https://ctg.caf47.fr/");

		boolean parti = courrier.envoyer(new Avis(this.conseillere, 1, 12L, TypeNotification.RELECTURE,
				"À relire : CTG Val de Garonne", "La convention est prête pour la relecture.", "/conventions/12"));

		assertThat(parti).isTrue();
		assertThat(sortie.getOut()).contains("claire.martin@caf47.fr")
			.contains("« À relire : CTG Val de Garonne »")
			.contains("Bonjour Claire Martin,")
			.contains("La convention est prête pour la relecture.")
			.contains("https://ctg.caf47.fr/conventions/12");
	}

	@Test
	void unCompteSansAdresseNeRecoitQueLaNotificationDansLApplication(CapturedOutput sortie) {
		Courrier courrier = new Courrier(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), "",
				"Atelier CTG <ne-pas-repondre@atelier-ctg.local>", "http://localhost:8080");
		UtilisateurVue sansAdresse = new UtilisateurVue(8, "sans", "Sam", "Sans", "", Role.DIRECTEUR, true, Set.of());

		assertThat(courrier
			.envoyer(new Avis(sansAdresse, 1, 12L, TypeNotification.RELECTURE, "Sujet", "Texte", "/conventions/12")))
			.isFalse();
		assertThat(sortie.getOut()).doesNotContain("Sujet");
	}

}
