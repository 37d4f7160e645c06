package fr.atelierctg.annexe.pilotage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionCommande;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.PresidenceCopil;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.document.DocumentApi;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Annex 4 through its pages, its API and the document. */
@IntegrationTest
class PilotageTest {

	static final String ANNEXE = """
			{"comitePilotage": {"frequence": "SEMESTRIELLE", "missions": "<p>Valider le <strong>bilan</strong> annuel.</p><script>alert(1)</script>"},
			 "comiteTechnique": {"frequence": "AUTRE", "precisionFrequence": "Toutes les six semaines", "missions": "Suivre {{periode}} et ${7*7}.",
			   "membres": [{"nom": "Léa Martin", "fonction": "Conseillère territoriale", "signataireId": %d},
			               {"nom": "Marc Dupuy", "fonction": "Directeur", "organisme": "Association Récréa"}]},
			 "commissions": [{"intitule": "Commission petite enfance", "theme": "Axe 1", "composition": "Gestionnaires d'EAJE\\nRPE", "frequence": "trois fois par an"}],
			 "chargesCooperation": [{"nom": "Camille Roux", "signataireId": %d, "etp": "0,5", "financementCaf": "Bonus territoire CTG"},
			                        {"nom": "Poste à pourvoir", "employeur": "Centre social de Tonneins", "etp": 1.25}]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionApi conventions;

	@Autowired
	ConventionService redaction;

	@Autowired
	DocumentApi documents;

	@Autowired
	AnnexePilotage annexe;

	CafVue caf;

	UtilisateurConnecte conseiller;

	UtilisateurConnecte charge;

	long convention;

	long caf47;

	long epci;

	long agme;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.charge = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		ConventionLue lue = lue();
		this.caf47 = lue.caf().orElseThrow().id();
		this.epci = lue.signataires()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.EPCI)
			.findFirst()
			.orElseThrow()
			.id();
		this.agme = lue.signataires()
			.stream()
			.filter((s) -> "47002".equals(s.identite().codeInsee()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private ConventionLue lue() {
		return Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention));
	}

	private String api() {
		return "/api/conventions/" + this.convention + "/annexes/pilotage";
	}

	private String page() {
		return "/conventions/" + this.convention + "/annexes/pilotage";
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder requete, String corps) {
		return requete.contentType(MediaType.APPLICATION_JSON).content(corps);
	}

	private void remplirLAnnexe() throws Exception {
		this.mvc.perform(json(put(api()), ANNEXE.formatted(this.caf47, this.epci)).with(user(this.conseiller)))
			.andExpect(status().isOk());
		this.mvc
			.perform(json(put(api() + "/copil/" + this.caf47),
					"""
							{"membres": [{"civilite": "MADAME", "nom": "Béatrice Lavit", "fonction": "Présidente du conseil d'administration"},
							             {"fonction": "Directrice"}]}""")
				.with(user(this.conseiller)))
			.andExpect(status().isOk());
		this.mvc
			.perform(json(put(api() + "/copil/" + this.epci), """
					{"membres": [{"civilite": "MONSIEUR", "nom": "Jacques Bilirit", "fonction": "Président"}]}""")
				.with(user(this.conseiller)))
			.andExpect(status().isOk());
	}

	private String texteDuPdf() throws Exception {
		return texteDuPdf(false);
	}

	/**
	 * @param parPosition in reading order (bold runs in place), else in content-stream
	 * order (table cells that wrap stay whole)
	 */
	private String texteDuPdf(boolean parPosition) throws Exception {
		byte[] pdf = Comptes.en(this.conseiller, () -> this.documents.pdf(this.convention)).contenu();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper lecteur = new PDFTextStripper();
			lecteur.setSortByPosition(parPosition);
			return lecteur.getText(document).replaceAll("-\\R", "-").replaceAll("[\\s\\u202F\\u00A0]+", " ");
		}
	}

	@Test
	void enregistreLAnnexeParLApiEtAdditionneLesEtp() throws Exception {
		remplirLAnnexe();
		this.mvc.perform(get(api()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.etpTotal").value(1.75))
			.andExpect(jsonPath("$.chargesCooperation[0].employeur")
				.value("Communauté d'agglomération « Val de Garonne Agglomération »"))
			.andExpect(jsonPath("$.comiteTechnique.membres[0].organisme").value("Caf de Lot-et-Garonne"))
			.andExpect(jsonPath("$.comitePilotage.missions").value("<p>Valider le <strong>bilan</strong> annuel.</p>"))
			.andExpect(jsonPath("$.comitePilotage.delegations[0].membres[1].fonction").value("Directrice"))
			.andExpect(jsonPath("$.presidence.option").value("CAF"));
		assertThat(Comptes.en(this.conseiller, () -> this.annexe.renseignee(lue()))).isTrue();
		this.mvc.perform(get(page()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mme Béatrice Lavit")))
			.andExpect(content().string(containsString("1,75 ETP")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void lAnnexeNEstPasRenseigneeSansMembresOuSansFrequence() throws Exception {
		assertThat(Comptes.en(this.conseiller, () -> this.annexe.renseignee(lue()))).isFalse();
		this.mvc
			.perform(json(put(api() + "/copil/" + this.epci), "{\"membres\": [{\"nom\": \"Jacques Bilirit\"}]}")
				.with(user(this.conseiller)))
			.andExpect(status().isOk());
		assertThat(Comptes.en(this.conseiller, () -> this.annexe.renseignee(lue()))).isFalse();
		this.mvc
			.perform(
					json(put(api()), "{\"comitePilotage\": {\"frequence\": \"ANNUELLE\"}}").with(user(this.conseiller)))
			.andExpect(status().isOk());
		assertThat(Comptes.en(this.conseiller, () -> this.annexe.renseignee(lue()))).isTrue();
	}

	@Test
	void refuseUnEtpEnPourcentageNegatifOuATroisDecimalesSansRienEnregistrer() throws Exception {
		this.mvc
			.perform(post(page() + "/organisation").with(user(this.conseiller))
				.with(csrf())
				.param("version", "0")
				.param("comitePilotage.frequence", "ANNUELLE")
				.param("commissions[0].intitule", "Commission jeunesse")
				.param("chargesCooperation[0].nom", "Camille Roux")
				.param("chargesCooperation[0].employeur", "Centre social")
				.param("chargesCooperation[0].etp", "1.7%")
				.param("chargesCooperation[1].nom", "Paul Petit")
				.param("chargesCooperation[1].signataireId", String.valueOf(this.epci))
				.param("chargesCooperation[1].etp", "-1")
				.param("chargesCooperation[2].nom", "Lina Morel")
				.param("chargesCooperation[2].signataireId", String.valueOf(this.epci))
				.param("chargesCooperation[2].etp", "0,125")
				.param("chargesCooperation[3].nom", "Ali Sow")
				.param("chargesCooperation[3].signataireId", String.valueOf(this.epci))
				.param("chargesCooperation[3].etp", "0,5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rien n'a été enregistré")))
			.andExpect(content().string(containsString("Indiquez un nombre d&#39;ETP sans pourcentage")))
			.andExpect(content().string(containsString("Le nombre d&#39;ETP ne peut pas être négatif.")))
			.andExpect(content().string(containsString("Deux décimales au plus, par exemple 0,75.")))
			.andExpect(content().string(containsString("value=\"0,125\"")))
			.andExpect(content().string(containsString("value=\"Commission jeunesse\"")));
		this.mvc.perform(get(api()).with(user(this.conseiller)))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.commissions").isEmpty())
			.andExpect(jsonPath("$.comitePilotage.frequence").doesNotExist());

		this.mvc.perform(json(put(api()),
				"{\"chargesCooperation\": [{\"nom\": \"A\", \"employeur\": \"B\", \"etp\": \"1.7%\"}, {\"nom\": \"C\"}]}")
			.with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'chargesCooperation[0].etp')].message")
				.value("Indiquez un nombre d'ETP sans pourcentage : 1 pour un temps plein, 0,5 pour un mi-temps."))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'chargesCooperation[1].employeur')]").exists())
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'chargesCooperation[1].etp')]").exists());
	}

	@Test
	void laPageEnregistreLaVirguleFrancaiseEtIgnoreLesLignesVides() throws Exception {
		this.mvc
			.perform(post(page() + "/organisation").with(user(this.conseiller))
				.with(csrf())
				.param("version", "0")
				.param("comitePilotage.frequence", "AUTRE")
				.param("comitePilotage.precisionFrequence", "Au moins une fois par an")
				.param("comiteTechnique.membres[0].nom", "")
				.param("comiteTechnique.membres[1].fonction", "Coordinatrice enfance")
				.param("comiteTechnique.membres[1].signataireId", String.valueOf(this.agme))
				.param("chargesCooperation[0].nom", "")
				.param("chargesCooperation[1].nom", "Camille Roux")
				.param("chargesCooperation[1].signataireId", String.valueOf(this.epci))
				.param("chargesCooperation[1].etp", "0,8"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page()));
		this.mvc.perform(get(api()).with(user(this.conseiller)))
			.andExpect(jsonPath("$.comitePilotage.precisionFrequence").value("Au moins une fois par an"))
			.andExpect(jsonPath("$.comiteTechnique.membres.length()").value(1))
			.andExpect(jsonPath("$.comiteTechnique.membres[0].organisme").value("Commune d'Agmé"))
			.andExpect(jsonPath("$.chargesCooperation[0].etp").value(0.8));
		this.mvc.perform(get(page() + "/organisation").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"0,8\"")));
	}

	@Test
	void laPresidenceImprimeeSuitLOptionDeLArticle6() throws Exception {
		remplirLAnnexe();
		String texte = texteDuPdf();
		String cafPreside = "Le comité de pilotage est présidé par la Caf de Lot-et-Garonne";
		assertThat(texte).contains(cafPreside + ".").contains("Présidence : " + cafPreside + " (article 6).");

		ConventionLue lue = lue();
		Comptes.en(this.conseiller, () -> {
			this.redaction.modifier(this.convention, new ConventionCommande(lue.titre(), lue.territoire(),
					lue.periode().debut(), lue.periode().fin(), lue.lieuSignature(), PresidenceCopil.ALTERNEE, false));
			return null;
		});
		String alternee = "La présidence du comité de pilotage est assurée alternativement par l'une et l'autre partie "
				+ "signataire de la présente convention";
		texte = texteDuPdf();
		assertThat(texte).doesNotContain(cafPreside)
			.contains(alternee + ".")
			.contains("Présidence : " + alternee + " (article 6).");
		this.mvc.perform(get(page()).with(user(this.conseiller)))
			.andExpect(content().string(containsString("Présidence alternée")))
			.andExpect(content().string(containsString("assurée alternativement")));
		this.mvc.perform(get(api()).with(user(this.conseiller)))
			.andExpect(jsonPath("$.presidence.option").value("ALTERNEE"));
	}

	@Test
	void lePdfImprimeLesTableauxEtLeTotalDesEtp() throws Exception {
		remplirLAnnexe();
		String texte = texteDuPdf();
		int annexe = texte.lastIndexOf("Comité de pilotage");
		assertThat(annexe).isPositive();
		assertThat(texte.substring(annexe)).contains("Fréquence des réunions : deux fois par an.")
			.contains("Signataire Membre Fonction ou qualité")
			.contains("Caf de Lot-et-Garonne Mme Béatrice Lavit Présidente du conseil d'administration")
			.contains("Caf de Lot-et-Garonne — Directrice")
			.contains("Communauté d'agglomération « Val de Garonne Agglomération » M. Jacques Bilirit Président")
			.contains("Comité technique")
			.contains("Fréquence des réunions : Toutes les six semaines.")
			.contains("Marc Dupuy Directeur Association Récréa")
			.contains("Commission petite enfance")
			.contains("Composition et animation : Gestionnaires d'EAJE RPE")
			.contains("Chargés de coopération")
			.contains(
					"Camille Roux Communauté d'agglomération « Val de Garonne Agglomération » 0,50 ETP Bonus territoire CTG")
			.contains("Poste à pourvoir Centre social de Tonneins 1,25 ETP —")
			.contains("Total : 1,75 ETP")
			.doesNotContain("alert(1)");
		assertThat(texteDuPdf(true)).contains("Missions : Valider le bilan annuel.")
			.contains("Missions : Suivre {{periode}} et ${7*7}.");
	}

	@Test
	void unChargeDeCooperationDesigneLesMembresDeSaCollectiviteEtRienDAutre() throws Exception {
		this.mvc.perform(get(page()).with(user(this.charge)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/annexes/pilotage/copil/" + this.epci + "\"")))
			.andExpect(content().string(not(containsString("/annexes/pilotage/copil/" + this.agme + "\""))))
			.andExpect(content().string(not(containsString("/annexes/pilotage/organisation"))));
		this.mvc.perform(get(page() + "/copil/" + this.epci).with(user(this.charge))).andExpect(status().isOk());
		this.mvc
			.perform(post(page() + "/copil/" + this.epci).with(user(this.charge))
				.with(csrf())
				.param("version", "0")
				.param("membres[0].civilite", "MADAME")
				.param("membres[0].nom", "Sophie Baylet")
				.param("membres[0].fonction", "Vice-présidente petite enfance")
				.param("membres[1].nom", ""))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(json(put(api() + "/copil/" + this.epci),
					"{\"version\": 1, \"membres\": [{\"nom\": \"Sophie Baylet\"}, {\"nom\": \"Jacques Bilirit\"}]}")
				.with(user(this.charge)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.membres.length()").value(2));

		// everything else: refused by the server, not only hidden
		this.mvc
			.perform(json(put(api() + "/copil/" + this.agme), "{\"membres\": [{\"nom\": \"X\"}]}")
				.with(user(this.charge)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(json(put(api() + "/copil/" + this.caf47), "{\"membres\": [{\"nom\": \"X\"}]}")
				.with(user(this.charge)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(put(api()), "{\"comiteTechnique\": {\"membres\": [{\"nom\": \"X\", \"organisme\": \"Y\"}]}}")
				.with(user(this.charge)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get(page() + "/organisation").with(user(this.charge))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(page() + "/organisation").with(user(this.charge))
				.with(csrf())
				.param("comiteTechnique.membres[0].nom", "X")
				.param("comiteTechnique.membres[0].organisme", "Y"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(page() + "/copil/" + this.agme).with(user(this.charge))).andExpect(status().isForbidden());
		this.mvc.perform(
				post(page() + "/copil/" + this.agme).with(user(this.charge)).with(csrf()).param("membres[0].nom", "X"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(api()).with(user(this.conseiller)))
			.andExpect(jsonPath("$.comiteTechnique.membres").isEmpty())
			.andExpect(jsonPath("$.comitePilotage.delegations[?(@.signataireId == " + this.agme + ")].membres[0]")
				.doesNotExist());
		UtilisateurConnecte lecteur = Comptes.utilisateur(this.caf.id(), Role.LECTEUR);
		this.mvc.perform(json(put(api() + "/copil/" + this.epci), "{\"membres\": []}").with(user(lecteur)))
			.andExpect(status().isForbidden());
	}

	@Test
	void uneAutreCafEtUnSignataireEtrangerObtiennent404() throws Exception {
		UtilisateurConnecte autre = Comptes.utilisateur(this.scenario.caf("31").id(), Role.CONSEILLER);
		this.mvc.perform(get(page()).with(user(autre))).andExpect(status().isNotFound());
		this.mvc.perform(get(api()).with(user(autre))).andExpect(status().isNotFound());
		this.mvc.perform(json(put(api()), "{}").with(user(autre)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(json(put(api() + "/copil/" + this.epci), "{\"membres\": []}").with(user(autre)))
			.andExpect(status().isNotFound());
		long autreConvention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		long signataireEtranger = Comptes.en(this.conseiller, () -> this.conventions.lire(autreConvention))
			.signataires()
			.getFirst()
			.id();
		this.mvc
			.perform(json(put(api() + "/copil/" + signataireEtranger), "{\"membres\": []}").with(user(this.conseiller)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(page() + "/copil/" + signataireEtranger).with(user(this.conseiller)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(json(put(api()),
					"{\"comiteTechnique\": {\"membres\": [{\"nom\": \"X\", \"signataireId\": " + signataireEtranger
							+ "}]}}")
				.with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].champ").value("comiteTechnique.membres[0].signataireId"));
	}

	@Test
	void refuseDEnregistrerParDessusUneModificationPlusRecente() throws Exception {
		this.mvc
			.perform(json(put(api()), "{\"version\": 0, \"comitePilotage\": {\"frequence\": \"ANNUELLE\"}}")
				.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(json(put(api()), "{\"version\": 0, \"comitePilotage\": {\"frequence\": \"TRIMESTRIELLE\"}}")
				.with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].champ").value("version"));
		this.mvc
			.perform(json(put(api() + "/copil/" + this.epci), "{\"version\": 0, \"membres\": [{\"nom\": \"A\"}]}")
				.with(user(this.conseiller)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post(page() + "/copil/" + this.epci).with(user(this.conseiller))
				.with(csrf())
				.param("version", "0")
				.param("membres[0].nom", "B"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("modifiée par quelqu&#39;un d&#39;autre")));
		this.mvc.perform(get(api() + "/copil/" + this.epci).with(user(this.conseiller)))
			.andExpect(jsonPath("$.membres[0].nom").value("A"));
		this.mvc.perform(get(api()).with(user(this.conseiller)))
			.andExpect(jsonPath("$.comitePilotage.frequence").value("ANNUELLE"));
	}

	@Test
	void lesMembresSansNomNiFonctionSontSignalesALeurLigne() throws Exception {
		this.mvc
			.perform(post(page() + "/copil/" + this.epci).with(user(this.conseiller))
				.with(csrf())
				.param("membres[0].nom", "Jacques Bilirit")
				.param("membres[1].civilite", "MADAME")
				.param("membres[2].fonction", "x".repeat(301)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez le nom de ce membre, ou au moins sa fonction.")))
			.andExpect(content().string(containsString("300 caractères au plus")));
		this.mvc.perform(get(api() + "/copil/" + this.epci).with(user(this.conseiller)))
			.andExpect(jsonPath("$.membres").isEmpty());
	}

	@Test
	void lApiRemplaceToutOuRienMembresDuComiteDePilotageCompris() throws Exception {
		String corps = """
				{"comitePilotage": {"frequence": "ANNUELLE", "delegations": [
				   {"signataireId": %d, "membres": [{"nom": "Jacques Bilirit", "fonction": "Président"}]},
				   {"signataireId": %d, "membres": [{"civilite": "MADAME"}]}]},
				 "commissions": [{"intitule": "Commission jeunesse"}]}""";
		this.mvc.perform(json(put(api()), corps.formatted(this.epci, this.agme)).with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].champ").value("comitePilotage.delegations[1].membres[0].nom"));
		this.mvc.perform(get(api()).with(user(this.conseiller)))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.commissions").isEmpty())
			.andExpect(
					jsonPath("$.comitePilotage.delegations[?(@.signataireId == " + this.epci + ")].version").value(0));

		this.mvc
			.perform(json(put(api()),
					corps.replace("{\"civilite\": \"MADAME\"}", "{\"fonction\": \"Maire\"}")
						.formatted(this.epci, this.agme))
				.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.commissions[0].intitule").value("Commission jeunesse"))
			.andExpect(
					jsonPath("$.comitePilotage.delegations[?(@.signataireId == " + this.agme + ")].membres[0].fonction")
						.value("Maire"))
			.andExpect(
					jsonPath("$.comitePilotage.delegations[?(@.signataireId == " + this.epci + ")].version").value(1));
		// without delegations, the members stay as they are
		this.mvc
			.perform(json(put(api()), "{\"comitePilotage\": {\"frequence\": \"SEMESTRIELLE\"}}")
				.with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.comitePilotage.delegations[?(@.signataireId == " + this.agme + ")].membres[0].fonction")
						.value("Maire"));
	}

}
