package fr.atelierctg.annexe.plan;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import fr.atelierctg.modele.ModeleApi;
import fr.atelierctg.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ObjectifsDuModeleTest {

	@Autowired
	ModeleApi modeles;

	@Test
	void lesSeptAxesProposesSontCeuxDeLAnnexe3DuModele() {
		String html = this.modeles.modeleNational()
			.annexes()
			.stream()
			.filter((annexe) -> annexe.cle().equals("plan-actions"))
			.findFirst()
			.orElseThrow()
			.html();
		assertThat(Jsoup.parseBodyFragment(html).select("li").eachText())
			.extracting((texte) -> texte.replaceAll("\\s*[;.]$", ""))
			.containsExactlyElementsOf(ObjectifsDuModele.AXES);
	}

}
