package fr.atelierctg.commentaire;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Comments through the pages and the REST API: visibility, rights, validation, 404s. */
@IntegrationTest
class CommentairesWebTest {

	private static final String SECRET = "Secret de la Caf : la commune tarde toujours.";

	private static final String PARTAGE = "Merci de relire l'axe 2 <script>alert(1)</script>\navant le comité.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	CommentairesApi commentaires;

	@Autowired
	ConventionApi conventions;

	CafVue caf;

	UtilisateurConnecte conseiller;

	UtilisateurConnecte chargeeVga;

	long convention;

	long article;

	long interne;

	long partage;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(this.caf.id(), Role.CONSEILLER);
		this.chargeeVga = Comptes.utilisateur(this.caf.id(), Role.CHARGE_COOPERATION, Scenario.SIREN_VGA);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		ConventionLue lue = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention));
		this.article = lue.articles().get(1).id();
		this.interne = Comptes
			.en(this.conseiller,
					() -> this.commentaires.ouvrir(this.convention,
							new NouveauFil(this.article, null, null, Visibilite.INTERNE, SECRET)))
			.id();
		this.partage = Comptes
			.en(this.conseiller,
					() -> this.commentaires.ouvrir(this.convention,
							new NouveauFil(this.article, null, null, Visibilite.PARTAGE, PARTAGE)))
			.id();
	}

	private String api() {
		return "/api/conventions/" + this.convention + "/commentaires";
	}

	private String page() {
		return "/conventions/" + this.convention + "/commentaires";
	}

	@Test
	void lApiNeDonneJamaisUnCommentaireInterneAUneCollectivite() throws Exception {
		String liste = this.mvc.perform(get(api()).with(user(this.chargeeVga)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].fils.length()").value(1))
			.andExpect(jsonPath("$[0].fils[0].id").value(this.partage))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(liste).doesNotContain("Secret de la Caf");
		this.mvc.perform(get(api() + "/" + this.interne).with(user(this.chargeeVga)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(not(containsString("Secret"))));
		this.mvc.perform(put(api() + "/" + this.interne + "/resolution").with(user(this.chargeeVga)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(api() + "/" + this.interne + "/reponses").contentType(MediaType.APPLICATION_JSON)
				.content("{\"texte\": \"Je réponds\"}")
				.with(user(this.chargeeVga)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(api() + "/ouverts").with(user(this.chargeeVga)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
		this.mvc.perform(get(api() + "/ouverts").with(user(this.conseiller)))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.parCible['article-" + this.article + "']").value(2));
	}

	@Test
	void unChargeNeCreePasDeCommentaireInterne() throws Exception {
		this.mvc
			.perform(post(api()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"articleId\": " + this.article + ", \"visibilite\": \"INTERNE\", \"texte\": \"Interne ?\"}")
				.with(user(this.chargeeVga)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc
			.perform(post(page()).param("cible", "article-" + this.article)
				.param("visibilite", "INTERNE")
				.param("texte", "Interne ?")
				.with(user(this.chargeeVga))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(Comptes.en(this.conseiller, () -> this.commentaires.ouverts(this.convention))).isEqualTo(2);
	}

	@Test
	void ouvreRepondResoutEtRouvreParLApi() throws Exception {
		MvcResult cree = this.mvc
			.perform(post(api()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"articleId\": " + this.article + ", \"texte\": \"Une question\\nsur deux lignes\"}")
				.with(user(this.chargeeVga)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString(api() + "/")))
			.andExpect(jsonPath("$.interne").value(false))
			.andExpect(jsonPath("$.commentaires[0].texte").value("Une question\nsur deux lignes"))
			.andExpect(jsonPath("$.commentaires[0].auteur").value("Test CHARGE_COOPERATION"))
			.andReturn();
		String fil = cree.getResponse().getHeader("Location");
		this.mvc
			.perform(post(fil + "/reponses").contentType(MediaType.APPLICATION_JSON)
				.content("{\"texte\": \"Réponse de la Caf\"}")
				.with(user(this.conseiller)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.commentaires.length()").value(2));
		this.mvc.perform(put(fil + "/resolution").with(user(this.chargeeVga)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resolu").value(true))
			.andExpect(jsonPath("$.resoluPar").value("Test CHARGE_COOPERATION"));
		this.mvc.perform(get(api()).param("etat", "resolus").with(user(this.conseiller)))
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc.perform(delete(fil + "/resolution").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resolu").value(false))
			.andExpect(jsonPath("$.rouvertPar").value("Test CONSEILLER"));
	}

	@Test
	void refuseLesDonneesInvalidesEnProblemJson() throws Exception {
		this.mvc
			.perform(post(api()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"annexeId\": 999999999, \"section\": \"II a !\", \"texte\": \"   \"}")
				.with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'cible')].message")
				.value(org.hamcrest.Matchers.hasItem("Cette annexe n'est pas dans la convention.")))
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'section')].message").isNotEmpty())
			.andExpect(jsonPath("$.erreurs[?(@.champ == 'texte')].message")
				.value(org.hamcrest.Matchers.hasItem("Écrivez le commentaire.")));
		this.mvc.perform(get(api()).param("etat", "peut-etre").with(user(this.conseiller)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.erreurs[0].champ").value("etat"));
		this.mvc
			.perform(post(api()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"articleId\": " + this.article + ", \"texte\": \"Bonjour\"}")
				.with(user(Comptes.utilisateur(this.caf.id(), Role.LECTEUR))))
			.andExpect(status().isForbidden());
	}

	@Test
	void uneAutreConventionOuUneAutreCafObtient404() throws Exception {
		UtilisateurConnecte conseiller31 = Comptes.utilisateur(this.scenario.caf("31").id(), Role.CONSEILLER);
		this.mvc.perform(get(api()).with(user(conseiller31))).andExpect(status().isNotFound());
		this.mvc.perform(get(api() + "/" + this.partage).with(user(conseiller31))).andExpect(status().isNotFound());
		this.mvc.perform(get(page()).with(user(conseiller31))).andExpect(status().isNotFound());
		// a thread of this convention asked through another convention of the same Caf
		long autre = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
		this.mvc.perform(get("/api/conventions/" + autre + "/commentaires/" + this.partage).with(user(this.conseiller)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/conventions/" + autre + "/commentaires/" + this.partage + "/resolution")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void laPageDUnChargeNeMontreQueLesDiscussionsPartagees() throws Exception {
		this.mvc.perform(get(page()).with(user(this.chargeeVga)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Merci de relire l&#39;axe 2 &lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(not(containsString("Secret de la Caf"))))
			.andExpect(content().string(not(containsString("name=\"visibilite\""))))
			.andExpect(content().string(containsString("Ouverts (1)")));
		this.mvc.perform(get("/conventions/" + this.convention).with(user(this.chargeeVga)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 discussion ouverte")))
			.andExpect(content().string(not(containsString("Secret de la Caf"))));
		this.mvc.perform(get(page()).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Secret de la Caf")))
			.andExpect(content().string(containsString("Interne à la Caf")))
			.andExpect(content().string(containsString("Ouverts (2)")));
		this.mvc.perform(get("/conventions/" + this.convention).with(user(this.conseiller)))
			.andExpect(content().string(containsString("2 discussions ouvertes")))
			.andExpect(content().string(containsString("#cible-article-" + this.article)));
	}

	@Test
	void lePanneauDeLArticleMontreLesDiscussionsEtRefuseUnTexteVideAcoteDuChamp() throws Exception {
		String articlePage = "/conventions/" + this.convention + "/articles/" + this.article;
		this.mvc.perform(get(articlePage).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"commentaires\"")))
			.andExpect(content().string(containsString("Secret de la Caf")))
			.andExpect(content().string(containsString("id=\"nouveau-article-" + this.article + "\"")));

		String formulaire = "nouveau-article-" + this.article;
		MvcResult refuse = this.mvc
			.perform(post(page()).param("cible", "article-" + this.article)
				.param("visibilite", "PARTAGE")
				.param("texte", "  ")
				.param("formulaire", formulaire)
				.param("retour", articlePage)
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(articlePage + "#" + formulaire))
			.andExpect(flash().attributeExists("saisieRefusee"))
			.andReturn();
		this.mvc.perform(get(articlePage).with(user(this.conseiller)).flashAttrs(refuse.getFlashMap()))
			.andExpect(content().string(containsString("Écrivez le commentaire.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));

		this.mvc
			.perform(post(page()).param("cible", "article-" + this.article)
				.param("texte", "Une note.")
				.param("retour", articlePage)
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(articlePage + "#fil-")));
	}

	@Test
	void lePanneauDeLAnnexeOuvreUneDiscussionSurUneSection() throws Exception {
		long annexe = Comptes.en(this.conseiller, () -> this.conventions.lire(this.convention))
			.annexes()
			.getFirst()
			.id();
		String annexePage = "/conventions/" + this.convention + "/annexes/" + annexe;
		this.mvc
			.perform(post(page()).param("cible", "annexe-" + annexe)
				.param("section", "III-a")
				.param("visibilite", "INTERNE")
				.param("texte", "Chiffres de 2022 à mettre à jour.")
				.param("retour", annexePage)
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(annexePage + "#fil-")));
		this.mvc.perform(get(annexePage).with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"commentaires\"")))
			.andExpect(content().string(containsString("Chiffres de 2022 à mettre à jour.")))
			.andExpect(content().string(containsString("1 ouvert")));
		this.mvc.perform(get(page()).with(user(this.conseiller)))
			.andExpect(content().string(containsString("Annexe 1 – Diagnostic partagé, section III-a")))
			.andExpect(content().string(containsString("id=\"cible-annexe-" + annexe + "\"")));
	}

	@Test
	void neRenvoiePasHorsDeLaConvention() throws Exception {
		this.mvc
			.perform(post(page() + "/" + this.partage + "/resolution").param("retour", "https://ailleurs.example/x")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(redirectedUrl(page() + "#fil-" + this.partage));
		this.mvc
			.perform(post(page() + "/" + this.partage + "/reouverture").param("retour", "//ailleurs.example")
				.with(user(this.conseiller))
				.with(csrf()))
			.andExpect(redirectedUrl(page() + "#fil-" + this.partage));
	}

	@Test
	void lesCommentairesSontDecritsDansOpenApi() throws Exception {
		String racine = "$.paths['/api/conventions/{id}/commentaires";
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(racine + "'].get.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath(racine + "'].post.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath(racine + "/{filId}'].get.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath(racine + "/{filId}/reponses'].post.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath(racine + "/{filId}/resolution'].put.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath(racine + "/{filId}/resolution'].delete.summary").value(not(emptyOrNullString())))
			.andExpect(jsonPath(racine + "/ouverts'].get.summary").value(not(emptyOrNullString())));
	}

}
