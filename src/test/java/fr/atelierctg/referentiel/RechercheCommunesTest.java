package fr.atelierctg.referentiel;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import fr.atelierctg.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RechercheCommunesTest {

	@Autowired
	ReferentielApi referentiel;

	@Test
	void trouveAgmeSansAccent() {
		assertThat(noms("agme")).first().isEqualTo("Agmé");
	}

	@Test
	void ignoreLaCasse() {
		assertThat(noms("MARMANDE")).first().isEqualTo("Marmande");
		assertThat(noms("MarMande")).first().isEqualTo("Marmande");
	}

	@Test
	void trouveSaintBarthelemyAvecSt() {
		assertThat(noms("st barthelemy d agenais")).first().isEqualTo("Saint-Barthélemy-d'Agenais");
		assertThat(noms("Saint-Barthélemy-d'Agenais")).first().isEqualTo("Saint-Barthélemy-d'Agenais");
		assertThat(noms("saint barth")).contains("Saint-Barthélemy-d'Agenais");
	}

	@Test
	void confondSainteEtSte() {
		assertThat(noms("ste livrade")).startsWith("Sainte-Livrade", "Sainte-Livrade-sur-Lot");
		assertThat(noms("sainte livrade")).startsWith("Sainte-Livrade", "Sainte-Livrade-sur-Lot");
		assertThat(noms("Sainte-Livrade-s")).first().isEqualTo("Sainte-Livrade-sur-Lot");
	}

	@Test
	void proposeLesSaintsDesQueSaintSeDessine() {
		assertThat(noms("sain")).first().isEqualTo("Saint-Étienne");
		assertThat(noms("saint")).first().isEqualTo("Saint-Étienne");
		assertThat(noms("saint")).doesNotContain("Strasbourg");
		assertThat(noms("st")).contains("Strasbourg");
		assertThat(noms("saintes")).first().isEqualTo("Saintes");
	}

	@Test
	void trouveLeMasDAgenaisSansArticleNiTiret() {
		assertThat(noms("mas d agenais")).first().isEqualTo("Le Mas-d'Agenais");
		assertThat(noms("le mas-d'agenais")).first().isEqualTo("Le Mas-d'Agenais");
	}

	@Test
	void placeLeNomExactAvantLesNomsQuiCommencentPareil() {
		assertThat(noms("agen")).first().isEqualTo("Agen");
		assertThat(noms("agen")).contains("Agen-d'Aveyron", "Agencourt");
	}

	@Test
	void placeLesNomsQuiCommencentParLaSaisieAvantCeuxDontUnMotCommenceParElle() {
		List<String> noms = noms("agen");
		assertThat(noms.indexOf("Agencourt")).isLessThan(noms.indexOf("Penne-d'Agenais"));
	}

	@Test
	void placeLesPlusPeupleesDAbordEtIgnoreLArticle() {
		assertThat(noms("mans")).first().isEqualTo("Le Mans");
		assertThat(noms("rochelle")).first().isEqualTo("La Rochelle");
		assertThat(communes("la rochelle")).first().extracting(CommuneRef::codeInsee).isEqualTo("17300");
	}

	@Test
	void trouveUnNomMalTape() {
		assertThat(noms("marmende")).contains("Marmande");
		assertThat(noms("villneuve sur lot")).first().isEqualTo("Villeneuve-sur-Lot");
	}

	@Test
	void trouveMarmandeParSonCodeInsee() {
		assertThat(communes("47157")).first()
			.isEqualTo(new CommuneRef("47157", "214701575", "Marmande", 0, "47", 17849, "47200"));
	}

	@Test
	void trouveLesCommunesDUnCodePostalOuDUnDebutDeCode() {
		assertThat(noms("47200")).contains("Marmande", "Virazeil");
		assertThat(communes("471")).isNotEmpty()
			.allSatisfy((commune) -> assertThat(commune.codeInsee() + " " + commune.codesPostaux())
				.containsPattern("\\b471"));
		assertThat(noms("2a004")).first().isEqualTo("Ajaccio");
	}

	@Test
	void trouveUneCommuneParSonSiren() {
		assertThat(noms("214701575")).containsExactly("Marmande");
		assertThat(noms("214 701 575")).containsExactly("Marmande");
		assertThat(this.referentiel.communeParSiren("214701575")).get()
			.extracting(CommuneRef::codeInsee)
			.isEqualTo("47157");
	}

	@Test
	void litUneCommuneParSonCode() {
		assertThat(this.referentiel.commune("47159")).get()
			.satisfies((commune) -> assertThat(commune.nom()).isEqualTo("Le Mas-d'Agenais"))
			.satisfies((commune) -> assertThat(commune.typeLiaison()).isEqualTo(2));
		assertThat(this.referentiel.commune("2a004")).get().extracting(CommuneRef::nom).isEqualTo("Ajaccio");
		assertThat(this.referentiel.commune("00000")).isEmpty();
	}

	@Test
	void neChercheRienPourUnSeulCaractere() {
		assertThat(communes("")).isEmpty();
		assertThat(communes("a")).isEmpty();
		assertThat(communes(" é ")).isEmpty();
	}

	@Test
	void bornerLeNombreDeResultats() {
		assertThat(this.referentiel.rechercherCommunes("st", 500)).hasSize(ReferentielApi.LIMITE_MAX);
		assertThat(this.referentiel.rechercherCommunes("st", 3)).hasSize(3);
	}

	@Test
	void trouveUnNomAvecLigature() {
		assertThat(noms("coeuvres")).first().isEqualTo("Cœuvres-et-Valsery");
	}

	private List<CommuneRef> communes(String q) {
		return this.referentiel.rechercherCommunes(q, 10);
	}

	private List<String> noms(String q) {
		return communes(q).stream().map(CommuneRef::nom).toList();
	}

}
