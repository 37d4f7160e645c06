package fr.atelierctg.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.UtilisateurConnecte;
import fr.atelierctg.tenancy.UtilisateurVue;

/**
 * The whole application with an SMTP server of its own (GreenMail, on a free port): the
 * mails are read back. The subclasses share one application context.
 */
@IntegrationTest
abstract class AvecServeurDeCourriel {

	static final GreenMail SMTP = demarrer();

	@Autowired
	Scenario scenario;

	@Autowired
	TenancyApi tenancy;

	CafVue caf;

	CafVue autreCaf;

	UtilisateurVue conseiller;

	UtilisateurVue directeur;

	UtilisateurVue lecteur;

	UtilisateurVue admin;

	/** Chargé·e de coopération of Val de Garonne Agglomération, a signatory. */
	UtilisateurVue chargeVga;

	/** Chargé·e de coopération of a collectivité that signs nothing here. */
	UtilisateurVue chargeAutre;

	UtilisateurVue conseillerAutreCaf;

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry proprietes) {
		proprietes.add("spring.mail.host", () -> "127.0.0.1");
		proprietes.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	private static GreenMail demarrer() {
		int port;
		try (ServerSocket libre = new ServerSocket(0)) {
			port = libre.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		GreenMail serveur = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		serveur.start();
		return serveur;
	}

	@BeforeEach
	void comptes() throws Exception {
		SMTP.purgeEmailFromAllMailboxes();
		this.caf = this.scenario.caf("47");
		this.autreCaf = this.scenario.caf("31");
		this.conseiller = compte(this.caf, Role.CONSEILLER);
		this.directeur = compte(this.caf, Role.DIRECTEUR);
		this.lecteur = compte(this.caf, Role.LECTEUR);
		this.admin = compte(this.caf, Role.ADMIN_CAF);
		this.chargeVga = compte(this.caf, Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		this.chargeAutre = compte(this.caf, Role.CHARGE_COOPERATION, "200068096");
		this.conseillerAutreCaf = compte(this.autreCaf, Role.CONSEILLER);
	}

	UtilisateurVue compte(CafVue caf, Role role, String... sirens) {
		String identifiant = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.tenancy.creerUtilisateur(caf.id(), new TenancyApi.NouvelUtilisateur(identifiant, "secret-de-test",
				"Prénom", identifiant, identifiant + "@test.atelier-ctg.fr", role, Set.of(sirens)));
	}

	static UtilisateurConnecte connecte(UtilisateurVue compte, long cafId) {
		return new UtilisateurConnecte(compte.id(), cafId, compte.identifiant(), "",
				compte.prenom() + " " + compte.nom(), compte.role(), compte.sirenCollectivites(), true);
	}

	/** Received mails about this convention whose subject contains this text. */
	static List<MimeMessage> courriels(long conventionId, String sujet) {
		return Arrays.stream(SMTP.getReceivedMessages())
			.filter((m) -> sujet(m).contains(sujet) && texte(m).contains("/conventions/" + conventionId))
			.toList();
	}

	/** The addresses these mails went to. */
	static List<String> adresses(List<MimeMessage> courriels) {
		return courriels.stream().flatMap((m) -> destinataires(m).stream()).toList();
	}

	static String adresse(UtilisateurVue compte) {
		return compte.email();
	}

	/** Waits (5 s at most) until the mails received satisfy the condition. */
	static void attendre(Predicate<MimeMessage[]> condition) throws InterruptedException {
		Instant limite = Instant.now().plus(Duration.ofSeconds(5));
		while (!condition.test(SMTP.getReceivedMessages()) && Instant.now().isBefore(limite)) {
			Thread.sleep(50);
		}
	}

	static String sujet(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> destinataires(MimeMessage message) {
		try {
			Address[] adresses = message.getAllRecipients();
			return Arrays.stream(adresses).map((a) -> ((InternetAddress) a).getAddress()).toList();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain-text part. */
	static String texte(MimeMessage message) {
		return partie(message, "text/plain");
	}

	/** The HTML part. */
	static String html(MimeMessage message) {
		return partie(message, "text/html");
	}

	private static String partie(Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return part.getContent().toString();
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart enfant = multipart.getBodyPart(i);
					String trouve = partie(enfant, type);
					if (!trouve.isEmpty()) {
						return trouve;
					}
				}
			}
			return "";
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] pdf(String texte) {
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, sortie);
		document.open();
		document.add(new Paragraph(texte));
		document.close();
		return sortie.toByteArray();
	}

}
