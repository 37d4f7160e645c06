package fr.atelierctg.convention;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignaturesTest {

	@Autowired
	Scenario scenario;

	@Autowired
	CycleDeVie cycle;

	@Autowired
	Signatures signatures;

	@Autowired
	ConventionApi lecture;

	@Autowired
	MockMvc mvc;

	CafVue caf;

	long id;

	final LocalDate aujourdhui = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.id = this.scenario.conventionPreteAValider(this.caf);
	}

	private void mettreEnSignature() {
		en(Role.CONSEILLER, () -> this.cycle.effectuer(this.id, Transition.DEMANDER_RELECTURE, ""));
		en(Role.DIRECTEUR, () -> this.cycle.effectuer(this.id, Transition.VALIDER, ""));
		en(Role.DIRECTEUR, () -> this.cycle.effectuer(this.id, Transition.METTRE_EN_SIGNATURE, ""));
	}

	@Test
	void lesSignaturesSEnregistrentUneAUneEtLaDerniereRendLaConventionSigneeEtEnVigueur() throws Exception {
		mettreEnSignature();
		ConventionLue convention = en(Role.CONSEILLER, () -> this.lecture.lire(this.id));
		byte[] copie = DeliberationsTest.pdfDeDeuxPages("Exemplaire signé");
		int reste = convention.signataires().size();
		for (SignataireLu signataire : convention.signataires()) {
			assertThat(en(Role.CONSEILLER, () -> this.lecture.lire(this.id)).statut())
				.isEqualTo(StatutConvention.EN_SIGNATURE);
			en(Role.CONSEILLER, () -> this.signatures.enregistrer(this.id, signataire.id(), this.aujourdhui, "Marmande",
					"signe.pdf", copie));
			reste--;
		}
		assertThat(reste).isZero();
		ConventionLue signee = en(Role.LECTEUR, () -> this.lecture.lire(this.id));
		// period 2025–2029 already started: signed, then in force at once
		assertThat(signee.statut()).isEqualTo(StatutConvention.EN_VIGUEUR);
		assertThat(en(Role.LECTEUR, () -> this.cycle.historique(this.id))).extracting(TransitionLue::vers)
			.endsWith(StatutConvention.SIGNEE, StatutConvention.EN_VIGUEUR);
		assertThat(signee.signatures())
			.allSatisfy((s) -> assertThat(s.copieSha256()).isEqualTo(PdfVerifie.empreinte(copie)).hasSize(64));

		byte[] pdf = this.mvc.perform(get("/conventions/" + this.id + "/document.pdf").with(user(conseiller())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String texte = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			String date = fr.atelierctg.common.francais.DatesFr.longue(this.aujourdhui);
			assertThat(texte).contains("Fait à Marmande, le " + date + ".")
				.contains("Signé à Marmande le " + date)
				.doesNotContain("à la date de la dernière signature");
		}
		this.mvc
			.perform(get("/conventions/" + this.id + "/signataires/" + convention.signataires().get(1).id()
					+ "/exemplaire-signe.pdf")
				.with(user(conseiller())))
			.andExpect(status().isOk())
			.andExpect(content().bytes(copie));
	}

	@Test
	void uneSignatureHorsDuStatutEnSignatureEstRefusee() {
		long caf = en(Role.CONSEILLER, () -> this.lecture.lire(this.id)).caf().orElseThrow().id();
		assertThatThrownBy(() -> en(Role.CONSEILLER,
				() -> this.signatures.enregistrer(this.id, caf, this.aujourdhui, "Agen", "s.pdf",
						DeliberationsTest.pdfDeDeuxPages("x"))))
			.isInstanceOf(ConflitMetier.class)
			.hasMessageContaining("Brouillon");
	}

	@Test
	void lesSaisiesFautivesSontRefuseesChampParChamp() {
		mettreEnSignature();
		long caf = en(Role.CONSEILLER, () -> this.lecture.lire(this.id)).caf().orElseThrow().id();
		byte[] pdf = DeliberationsTest.pdfDeDeuxPages("x");
		assertThatThrownBy(() -> en(Role.CONSEILLER,
				() -> this.signatures.enregistrer(this.id, caf, this.aujourdhui.plusDays(1), "Agen", "s.pdf", pdf)))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs().get("date")).contains("futur"));
		assertThatThrownBy(() -> en(Role.CONSEILLER,
				() -> this.signatures.enregistrer(this.id, caf, this.aujourdhui.minusYears(1), "Agen", "s.pdf", pdf)))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs().get("date")).contains("validée le"));
		assertThatThrownBy(() -> en(Role.CONSEILLER,
				() -> this.signatures.enregistrer(this.id, caf, this.aujourdhui, " ", "s.pdf", pdf)))
			.isInstanceOfSatisfying(DonneesInvalides.class, (ex) -> assertThat(ex.erreurs()).containsKey("lieu"));
		assertThatThrownBy(() -> en(Role.CONSEILLER,
				() -> this.signatures.enregistrer(this.id, caf, this.aujourdhui, "Agen", "s.pdf",
						"pas un pdf".getBytes())))
			.isInstanceOfSatisfying(DonneesInvalides.class, (ex) -> assertThat(ex.erreurs()).containsKey("copie"));
		en(Role.CONSEILLER, () -> this.signatures.enregistrer(this.id, caf, this.aujourdhui, "Agen", "s.pdf", pdf));
		assertThatThrownBy(() -> en(Role.CONSEILLER,
				() -> this.signatures.enregistrer(this.id, caf, this.aujourdhui, "Agen", "s.pdf", pdf)))
			.isInstanceOf(ConflitMetier.class)
			.hasMessageContaining("déjà");
	}

	@Test
	void unChargeNeSigneQuePourSaCollectivite() throws Exception {
		mettreEnSignature();
		long epci = this.scenario.epci(this.caf, this.id);
		long marmande = this.scenario.commune(this.caf, this.id, "47157");
		var charge = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		this.mvc.perform(get("/conventions/" + this.id + "/signatures").with(user(charge)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/signataires/" + epci + "/signature\"")))
			.andExpect(content().string(org.hamcrest.Matchers
				.not(org.hamcrest.Matchers.containsString("/signataires/" + marmande + "/signature\""))));
		MockMultipartFile copie = new MockMultipartFile("copie", "signe.pdf", "application/pdf",
				DeliberationsTest.pdfDeDeuxPages("Exemplaire"));
		this.mvc
			.perform(multipart("/api/conventions/" + this.id + "/signataires/" + marmande + "/signature").file(copie)
				.param("date", this.aujourdhui.toString())
				.param("lieu", "Marmande")
				.with(user(charge))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/api/conventions/" + this.id + "/signataires/" + epci + "/signature").file(copie)
				.param("date", this.aujourdhui.toString())
				.param("lieu", "Marmande")
				.with(user(charge))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.lieu").value("Marmande"));
		assertThatThrownBy(() -> Comptes.en(charge, () -> {
			this.signatures.retirer(this.id, marmande);
			return null;
		})).isInstanceOf(AccessDeniedException.class);
	}

	private fr.atelierctg.tenancy.UtilisateurConnecte conseiller() {
		return Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
	}

	private <T> T en(Role role, Supplier<T> travail) {
		return Comptes.en(Comptes.utilisateur(this.caf.id(), role), travail);
	}

	private void en(Role role, Runnable travail) {
		en(role, () -> {
			travail.run();
			return null;
		});
	}

}
