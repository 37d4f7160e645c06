package fr.atelierctg.referentiel;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.atelierctg.referentiel.Saisie.Nature;

import static org.assertj.core.api.Assertions.assertThat;

class SaisieTest {

	@Test
	void neChercheRienPourMoinsDeDeuxCaracteres() {
		assertThat(Saisie.lire(null).estVide()).isTrue();
		assertThat(Saisie.lire("  ").estVide()).isTrue();
		assertThat(Saisie.lire("a").estVide()).isTrue();
		assertThat(Saisie.lire("-'").estVide()).isTrue();
		assertThat(Saisie.lire("4").estVide()).isTrue();
		assertThat(Saisie.lire("1234567890").estVide()).isTrue();
	}

	@Test
	void litUnNomSousSaFormeDeRecherche() {
		Saisie saisie = Saisie.lire("Mas-d'Agenais");
		assertThat(saisie.nature()).isEqualTo(Nature.NOM);
		assertThat(saisie.texte()).isEqualTo("mas d agenais");
		assertThat(saisie.motsPrefixes()).containsExactly("% mas d agenais%");
	}

	@Test
	void admetUnArticleOmisEnTeteDeNom() {
		Saisie saisie = Saisie.lire("mans");
		assertThat(saisie.exacts(Saisie.ARTICLES)).containsExactly("mans", "le mans", "la mans", "les mans", "l mans");
		assertThat(saisie.prefixes(Saisie.ARTICLES)).contains("mans%", "le mans%", "l mans%");
		assertThat(Saisie.lire("le man").prefixes(Saisie.ARTICLES)).containsExactly("le man%");
	}

	@Test
	void litSaintEnCoursDeFrappeCommeStOuSte() {
		assertThat(Saisie.lire("sai").debuts()).containsExactly("sai", "st ", "ste ");
		assertThat(Saisie.lire("mas d agenais sain").debuts()).containsExactly("mas d agenais sain",
				"mas d agenais st ", "mas d agenais ste ");
		assertThat(Saisie.lire("Saint").debuts()).containsExactly("st ", "ste ");
		assertThat(Saisie.lire("SAINTE").debuts()).containsExactly("ste ");
		assertThat(Saisie.lire("saint barth").debuts()).containsExactly("st barth");
		assertThat(Saisie.lire("st").debuts()).containsExactly("st");
	}

	@Test
	void litUnCodeInseeOuPostalEtSonDebut() {
		assertThat(Saisie.lire("47157")).isEqualTo(new Saisie(Nature.CODE, "47157", List.of("47157")));
		assertThat(Saisie.lire("2a004").texte()).isEqualTo("2A004");
		assertThat(Saisie.lire("47").nature()).isEqualTo(Nature.CODE);
		assertThat(Saisie.lire("47157").prefixeDeCodeSuivant()).isEqualTo("% 47157%");
	}

	@Test
	void litUnSirenMemeAvecDesEspaces() {
		assertThat(Saisie.lire("214 701 575")).isEqualTo(new Saisie(Nature.SIREN, "214701575", List.of("214701575")));
		assertThat(Saisie.lire("200030").nature()).isEqualTo(Nature.SIREN);
	}

	@Test
	void neChercheLesFautesDeFrappeQueDansLesNomsDeQuatreLettresOuPlus() {
		assertThat(Saisie.lire("agm").approche(Saisie.ARTICLES)).isEmpty();
		assertThat(Saisie.lire("marmende").approche(Saisie.ARTICLES)).contains("marmende");
		assertThat(Saisie.lire("47157").approche(Saisie.ARTICLES)).isEmpty();
	}

	@Test
	void laisseLArticleOuLeSigleDeCoteDansLaRechercheDesFautesDeFrappe() {
		assertThat(Saisie.lire("La Rochele").approche(Saisie.ARTICLES)).contains("rochele");
		assertThat(Saisie.lire("les sab").approche(Saisie.ARTICLES)).isEmpty();
		assertThat(Saisie.lire("CC Coteaux").approche(Saisie.SIGLES)).contains("coteaux");
		assertThat(Saisie.lire("CC Cot").approche(Saisie.SIGLES)).isEmpty();
	}

}
