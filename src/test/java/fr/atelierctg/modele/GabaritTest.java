package fr.atelierctg.modele;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.modele.Gabarit.Valeur;

import static org.assertj.core.api.Assertions.assertThat;

class GabaritTest {

	private static final Map<String, Valeur> VALEURS = Map.of("periode",
			Valeur.texte("du 1er janvier 2025 au 31 décembre 2029"), "territoire", Valeur.texte("<b>Val</b> & Co"),
			"collectivites", Valeur.texte("la commune d'Agmé"), "presidence_copil",
			Valeur.bloc("<p>Le comité de pilotage est présidé par la Caf.</p>"));

	private static String remplir(String html) {
		return Gabarit.remplir(html, (nom) -> Optional.ofNullable(VALEURS.get(nom)));
	}

	@Test
	void remplaceLesChampsParLeurValeurEchappee() {
		assertThat(remplir("<p>Conclue {{periode}} pour {{ territoire }}.</p>"))
			.isEqualTo("<p>Conclue du 1er janvier 2025 au 31 décembre 2029 pour &lt;b&gt;Val&lt;/b&gt; &amp; Co.</p>");
	}

	@Test
	void metUneMajusculeQuandLeChampEnCommenceUne() {
		assertThat(remplir("<p>{{Collectivites}} s'engage.</p>")).isEqualTo("<p>La commune d&#39;Agmé s'engage.</p>");
	}

	@Test
	void remplaceLeParagrapheDUnChampBloc() {
		assertThat(remplir("<p>Avant.</p><p>{{presidence_copil}}</p>"))
			.isEqualTo("<p>Avant.</p><p>Le comité de pilotage est présidé par la Caf.</p>");
	}

	@Test
	void laisseVisiblesEtSignaleLesChampsInconnus() {
		assertThat(remplir("<p>{{inconnu}}</p>")).isEqualTo("<p>{{inconnu}}</p>");
		assertThat(Gabarit.champsInconnus("{{periode}} {{Periode}} {{nimporte}} {{article.suivi}}",
				(nom) -> ChampsConnus.connu(nom, Set.of("suivi"), Set.of(), false)))
			.containsExactly("nimporte");
	}

	@Test
	void nEvalueJamaisLesExpressionsThymeleafOuSpel() {
		String piege = "<p>${T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwned')} [[${7*7}]] #{x} *{y} __${z}__</p>";
		String rempli = remplir(TexteRiche.nettoyer(piege));
		assertThat(rempli).contains("${T(java.lang.Runtime).getRuntime().exec(").contains("[[${7*7}]]");
		assertThat(rempli).doesNotContain("49");
		assertThat(Gabarit.champs(piege)).isEmpty();
	}

	@Test
	void leNettoyageRetireScriptsAttributsEtListesTropProfondes() {
		String sale = "<p onclick=\"x()\">Texte <script>alert(1)</script><b>gras</b> <a href=\"javascript:x\">lien</a></p>"
				+ "<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li></ul><div>bloc</div>texte nu";
		String propre = TexteRiche.nettoyer(sale);
		assertThat(propre).doesNotContain("script", "onclick", "href", "alert").contains("<strong>gras</strong>");
		assertThat(propre).contains("<p>bloc</p>").contains("<p>texte nu</p>");
		assertThat(org.jsoup.Jsoup.parseBodyFragment(propre).select("ul ul ul")).isEmpty();
		assertThat(propre).contains("<li>c</li>");
	}

}
