package fr.atelierctg.convention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import fr.atelierctg.common.erreurs.ModificationConcurrente;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two people (here twenty) saving the same article: optimistic locking refuses all but
 * one save made from the same version, shows the refused ones the winner's text, and
 * loses nothing when each writer retries from what is saved.
 */
@IntegrationTest
class EditionConcurrenteTest {

	private static final int REDACTEURS = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	Scenario scenario;

	@Autowired
	ConventionService redaction;

	@Autowired
	ConventionApi conventions;

	CafVue caf;

	UtilisateurConnecte claire;

	UtilisateurConnecte damien;

	long convention;

	@BeforeEach
	void preparer() {
		this.caf = this.scenario.caf("47");
		this.claire = new UtilisateurConnecte(3001, this.caf.id(), "claire", "", "Claire Conseil", Role.CONSEILLER,
				Set.of(), true);
		this.damien = new UtilisateurConnecte(3002, this.caf.id(), "damien", "", "Damien Direction", Role.DIRECTEUR,
				Set.of(), true);
		this.convention = this.scenario.conventionAvecUnEpciEtTroisCommunes(this.caf);
	}

	@Test
	void vingtSauvegardesDuMemeArticleDepuisLaMemeVersionUneSeuleGagneLesAutresVoientSaVersion() throws Exception {
		ArticleLu objet = article("objet");
		List<Callable<String>> redacteurs = new ArrayList<>();
		for (int i = 0; i < REDACTEURS; i++) {
			String texte = "<p>Rédaction n° " + i + "</p>";
			redacteurs.add(() -> {
				try {
					Comptes.en(this.claire, () -> {
						this.redaction.modifierArticle(this.convention, objet.id(),
								new ArticleCommande(objet.titre(), texte, objet.version()));
						return null;
					});
					return texte;
				}
				catch (ModificationConcurrente refus) {
					return null;
				}
			});
		}

		List<String> gagnants = enMemeTemps(redacteurs).stream().filter(java.util.Objects::nonNull).toList();

		assertThat(gagnants).hasSize(1);
		ArticleLu apres = article("objet");
		assertThat(apres.contenu()).isEqualTo(gagnants.get(0));
		assertThat(apres.version()).isEqualTo(objet.version() + 1);
	}

	@Test
	void vingtRedacteursQuiReprennentLaDerniereVersionNePerdentAucuneContribution() throws Exception {
		long versionInitiale = article("objet").version();
		List<Callable<Integer>> redacteurs = new ArrayList<>();
		for (int i = 0; i < REDACTEURS; i++) {
			String contribution = "<p>Contribution de la personne " + i + "</p>";
			redacteurs.add(() -> {
				int refus = 0;
				while (true) {
					ArticleLu lu = article("objet");
					try {
						Comptes.en(this.claire, () -> {
							this.redaction.modifierArticle(this.convention, lu.id(),
									new ArticleCommande(lu.titre(), lu.contenu() + contribution, lu.version()));
							return null;
						});
						return refus;
					}
					catch (ModificationConcurrente ex) {
						refus++;
					}
				}
			});
		}

		int refusTotal = enMemeTemps(redacteurs).stream().mapToInt(Integer::intValue).sum();

		ArticleLu apres = article("objet");
		for (int i = 0; i < REDACTEURS; i++) {
			assertThat(apres.contenu()).contains("Contribution de la personne " + i + "<");
		}
		assertThat(apres.version()).isEqualTo(versionInitiale + REDACTEURS);
		assertThat(refusTotal).as("des sauvegardes simultanées ont bien été refusées puis reprises").isPositive();
	}

	@Test
	void vingtRedacteursSurDesArticlesDifferentsNeSeGenentPas() throws Exception {
		List<ArticleLu> articles = Comptes.en(this.claire, () -> this.conventions.lire(this.convention))
			.articles()
			.stream()
			.limit(REDACTEURS)
			.toList();
		List<Callable<Boolean>> redacteurs = articles.stream().<Callable<Boolean>>map((a) -> () -> {
			Comptes.en(this.claire, () -> {
				this.redaction.modifierArticle(this.convention, a.id(),
						new ArticleCommande(a.titre(), a.contenu() + "<p>Ajout</p>", a.version()));
				return null;
			});
			return true;
		}).toList();

		assertThat(enMemeTemps(redacteurs)).hasSize(articles.size()).containsOnly(true);
	}

	@Test
	void laPageDeLArticleRefuseUneSauvegardePerimeeEtMontreLaVersionDeLAutre() throws Exception {
		ArticleLu objet = article("objet");
		Comptes.en(this.damien, () -> {
			this.redaction.modifierArticle(this.convention, objet.id(), new ArticleCommande(objet.titre(),
					"<p>La version de Damien, enregistrée en premier.</p>", objet.version()));
			return null;
		});

		this.mvc
			.perform(post("/conventions/{id}/articles/{a}", this.convention, objet.id()).with(user(this.claire))
				.with(csrf())
				.param("titre", objet.titre())
				.param("contenu", "<p>La version de Claire, tapée en même temps.</p>")
				.param("version", String.valueOf(objet.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Votre texte n'a pas été enregistré")))
			.andExpect(content().string(containsString("Damien Direction")))
			.andExpect(content().string(containsString("La version de Damien, enregistrée en premier.")))
			.andExpect(content().string(containsString("La version de Claire, tapée en même temps.")))
			.andExpect(content().string(containsString(
					"La version de <del>Damien, enregistrée </del><ins>Claire, tapée </ins>en <del>premier.</del><ins>même temps.</ins>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (objet.version() + 1) + "\"")));
		assertThat(article("objet").contenu()).isEqualTo("<p>La version de Damien, enregistrée en premier.</p>");
	}

	@Test
	void lApiRefuseUneSauvegardePerimeeEnDonnantLaVersionEnregistree() throws Exception {
		ArticleLu objet = article("objet");
		Comptes.en(this.damien, () -> {
			this.redaction.modifierArticle(this.convention, objet.id(),
					new ArticleCommande(objet.titre(), "<p>Texte de Damien</p>", objet.version()));
			return null;
		});

		this.mvc
			.perform(put("/api/conventions/{id}/articles/{a}", this.convention, objet.id()).with(user(this.claire))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"titre\":\"Objet\",\"contenu\":\"<p>Texte de Claire</p>\",\"version\":" + objet.version()
						+ "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Quelqu'un d'autre a enregistré cet article")))
			.andExpect(jsonPath("$.versionActuelle.contenu").value("<p>Texte de Damien</p>"))
			.andExpect(jsonPath("$.versionActuelle.modifiePar").value("Damien Direction"))
			.andExpect(jsonPath("$.versionActuelle.version").value(objet.version() + 1))
			.andExpect(content().string(not(containsString("Texte de Claire"))));
	}

	private ArticleLu article(String cle) {
		return Comptes.en(this.claire, () -> this.conventions.lire(this.convention))
			.articles()
			.stream()
			.filter((a) -> a.cle().equals(cle))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Runs every task at the same instant, on its own thread, and returns their results.
	 */
	private static <T> List<T> enMemeTemps(List<Callable<T>> taches) throws Exception {
		ExecutorService executeur = Executors.newFixedThreadPool(taches.size());
		CountDownLatch depart = new CountDownLatch(1);
		try {
			List<Future<T>> futurs = new ArrayList<>();
			for (Callable<T> tache : taches) {
				futurs.add(executeur.submit(() -> {
					depart.await();
					return tache.call();
				}));
			}
			depart.countDown();
			List<T> resultats = new ArrayList<>();
			for (Future<T> futur : futurs) {
				resultats.add(futur.get(2, java.util.concurrent.TimeUnit.MINUTES));
			}
			return resultats;
		}
		finally {
			executeur.shutdownNow();
		}
	}

}
