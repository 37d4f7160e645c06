package fr.atelierctg.convention;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.document.DocumentApi;
import fr.atelierctg.document.DocumentRedige;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AnnexesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionService redaction;

	@Autowired
	ConventionApi conventions;

	@Autowired
	DocumentApi documents;

	UtilisateurConnecte conseiller;

	long convention;

	@BeforeEach
	void preparer() {
		CafVue caf = this.scenario.caf("47");
		this.conseiller = Comptes.utilisateur(caf.id(), Role.CONSEILLER);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(caf);
	}

	private <T> T en(java.util.function.Supplier<T> travail) {
		return Comptes.en(this.conseiller, travail);
	}

	private AnnexeLu annexe(String cle) {
		return en(() -> this.conventions.lire(this.convention)).annexes()
			.stream()
			.filter((a) -> a.cle().equals(cle))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void chaqueConventionNaitAvecLesCinqAnnexesDuModeleNumerotees() throws Exception {
		List<AnnexeLu> annexes = en(() -> this.conventions.lire(this.convention)).annexes();
		assertThat(annexes).extracting(AnnexeLu::cle)
			.containsExactly("diagnostic", "equipements", "plan-actions", "pilotage", "deliberations");
		assertThat(annexes).extracting(AnnexeLu::numero).containsExactly(1, 2, 3, 4, 5);
		this.mvc.perform(get("/api/conventions/" + this.convention + "/annexes").with(user(this.conseiller)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[3].intitule").value("Annexe 4"))
			.andExpect(jsonPath("$[3].cle").value("pilotage"));
	}

	@Test
	void unRenvoiSuitLeNumeroQuandLesAnnexesBougent() {
		ArticleLu duree = en(() -> this.conventions.lire(this.convention)).articles()
			.stream()
			.filter((a) -> a.cle().equals("duree"))
			.findFirst()
			.orElseThrow();
		en(() -> {
			this.redaction.modifierArticle(this.convention, duree.id(),
					new ArticleCommande(duree.titre(), "<p>Voir l'{{annexe.pilotage}}.</p>", null));
			this.redaction.deplacerAnnexe(this.convention, annexe("pilotage").id(), -1);
			return null;
		});
		assertThat(annexe("pilotage").numero()).isEqualTo(3);
		DocumentRedige document = en(() -> this.documents.redige(this.convention));
		assertThat(document.articles()).anySatisfy((a) -> assertThat(a.html()).contains("Voir l'annexe 3."));
		assertThat(document.annexes().get(2).numero()).isEqualTo("Annexe 3");
		assertThat(document.annexes().get(2).titre()).startsWith("Modalités de pilotage");
	}

	@Test
	void refuseDeRetirerUneAnnexeCiteeEtNommeLArticleACorriger() {
		assertThatThrownBy(() -> en(() -> {
			this.redaction.retirerAnnexe(this.convention, annexe("diagnostic").id());
			return null;
		})).isInstanceOfSatisfying(DonneesInvalides.class,
				(ex) -> assertThat(ex.erreurs().get("annexe")).contains("l'article 1")
					.contains("{{annexe.diagnostic}}"));
		assertThat(annexe("diagnostic").numero()).isEqualTo(1);
	}

	@Test
	void uneAnnexeLibreSImprimeAvecSonNumeroEtSesChamps() {
		long id = en(() -> this.redaction.ajouterAnnexe(this.convention, new AnnexeCommande("Liste des PEDT",
				"<p>Projets éducatifs {{periode}} <script>x()</script></p>", null)));
		AnnexeLu libre = en(() -> this.conventions.lire(this.convention)).annexe(id).orElseThrow();
		assertThat(libre.numero()).isEqualTo(6);
		assertThat(libre.cle()).isEqualTo("libre-1");
		assertThat(libre.contenu()).doesNotContain("script");
		DocumentRedige document = en(() -> this.documents.redige(this.convention));
		assertThat(document.annexes().get(5).numero()).isEqualTo("Annexe 6");
		assertThat(document.annexes().get(5).html())
			.contains("Projets éducatifs du 1er janvier 2025 au 31 décembre 2029");

		en(() -> {
			this.redaction.retirerAnnexe(this.convention, id);
			return null;
		});
		assertThat(en(() -> this.conventions.lire(this.convention)).annexes()).hasSize(5);
	}

	@Test
	void refuseUnRenvoiAUneAnnexeInexistante() {
		ArticleLu objet = en(() -> this.conventions.lire(this.convention)).articles().get(1);
		assertThatThrownBy(() -> en(() -> {
			this.redaction.modifierArticle(this.convention, objet.id(),
					new ArticleCommande(objet.titre(), "<p>Voir {{annexe.financements}}.</p>", null));
			return null;
		})).isInstanceOfSatisfying(DonneesInvalides.class,
				(ex) -> assertThat(ex.erreurs().get("contenu")).contains("{{annexe.financements}}"));
	}

}
