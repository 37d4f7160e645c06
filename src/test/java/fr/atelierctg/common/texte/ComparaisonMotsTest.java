package fr.atelierctg.common.texte;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparaisonMotsTest {

	@Test
	void surligneLesMotsRemplacesEtAjoutes() {
		var comparaison = ComparaisonMots.entre("La convention est conclue pour quatre ans.",
				"La convention est conclue pour cinq ans à compter de sa signature.");

		assertThat(comparaison.identique()).isFalse();
		assertThat(comparaison.html()).isEqualTo(
				"La convention est conclue pour <del>quatre ans.</del><ins>cinq ans à compter de sa signature.</ins>");
		assertThat(comparaison.motsSupprimes()).isEqualTo(2);
		assertThat(comparaison.motsAjoutes()).isEqualTo(7);
	}

	@Test
	void deuxTextesEgauxNeMontrentAucuneModification() {
		var comparaison = ComparaisonMots.entre("Article 10 — Durée", "Article 10 — Durée");

		assertThat(comparaison.identique()).isTrue();
		assertThat(comparaison.html()).isEqualTo("Article 10 — Durée");
	}

	@Test
	void compareLesTextesRichesSurLeurTexteEtEchappeLeResultat() {
		var comparaison = ComparaisonMots.entreTextesRiches("<p>Le <strong>Caf</strong> &lt;b&gt; finance</p>",
				"<p>Le Caf &lt;b&gt; cofinance</p>");

		assertThat(comparaison.html()).isEqualTo("Le Caf &lt;b&gt; <del>finance</del><ins>cofinance</ins>");
	}

	@Test
	void unTexteAbsentEstUnTexteVide() {
		var comparaison = ComparaisonMots.entre(null, "Nouveau");

		assertThat(comparaison.html()).isEqualTo("<ins>Nouveau</ins>");
	}

}
