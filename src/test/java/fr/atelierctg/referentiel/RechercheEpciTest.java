package fr.atelierctg.referentiel;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import fr.atelierctg.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RechercheEpciTest {

	private static final String VAL_DE_GARONNE = "200030674";

	@Autowired
	ReferentielApi referentiel;

	@Test
	void trouveValDeGaronneAvecSesQuaranteTroisCommunes() {
		List<EpciRef> trouves = this.referentiel.rechercherEpci("val de garonne", 10);
		assertThat(trouves).first().satisfies((epci) -> {
			assertThat(epci.nom()).isEqualTo("CA Val de Garonne Agglomération");
			assertThat(epci.siren()).isEqualTo(VAL_DE_GARONNE);
			assertThat(epci.type()).isEqualTo("CA");
			assertThat(epci.population()).isEqualTo(62194);
			assertThat(epci.membres()).hasSize(43).contains("47157", "47310");
		});
	}

	@Test
	void trouveUnEpciParUnMotDeSonNom() {
		assertThat(noms("garonne")).contains("CA Val de Garonne Agglomération", "CC Coeur de Garonne");
		assertThat(noms("Val-de-Garonne")).first().isEqualTo("CA Val de Garonne Agglomération");
	}

	@Test
	void trouveUnEpciParSonSirenOuUneCommuneMembre() {
		assertThat(noms(VAL_DE_GARONNE)).containsExactly("CA Val de Garonne Agglomération");
		assertThat(noms("47157")).first().isEqualTo("CA Val de Garonne Agglomération");
		assertThat(noms("47200")).first().isEqualTo("CA Val de Garonne Agglomération");
	}

	@Test
	void trouveUnEpciMalTape() {
		assertThat(noms("val de garone")).contains("CA Val de Garonne Agglomération");
	}

	@Test
	void litUnEpciEtSesMembresParOrdreAlphabetique() {
		assertThat(this.referentiel.epci(VAL_DE_GARONNE)).get().satisfies((epci) -> {
			assertThat(epci.typeLiaison()).isZero();
			assertThat(epci.membres()).hasSize(43).isSorted();
		});
		List<CommuneRef> membres = this.referentiel.membres(VAL_DE_GARONNE);
		assertThat(membres).hasSize(43).extracting(CommuneRef::nom).contains("Marmande", "Tonneins");
		assertThat(membres).extracting(CommuneRef::codeInsee)
			.containsExactlyInAnyOrderElementsOf(this.referentiel.epci(VAL_DE_GARONNE).orElseThrow().membres());
		List<String> formes = membres.stream().map((commune) -> NomRecherche.normaliser(commune.nom())).toList();
		assertThat(formes).isSorted();
		assertThat(this.referentiel.epci("000000000")).isEmpty();
		assertThat(this.referentiel.membres("000000000")).isEmpty();
	}

	@Test
	void litUnDepartementEtLaSourceDesDonnees() {
		assertThat(this.referentiel.departement("47")).contains(new DepartementRef("47", "Lot-et-Garonne", 2));
		assertThat(this.referentiel.departement("2A")).get().extracting(DepartementRef::nom).isEqualTo("Corse-du-Sud");
		Source source = this.referentiel.source(Source.COMMUNES);
		assertThat(source.millesime()).isEqualTo(2026);
		assertThat(source.mention()).startsWith("Source : Etalab").endsWith("millésime 2026");
	}

	private List<String> noms(String q) {
		return this.referentiel.rechercherEpci(q, 10).stream().map(EpciRef::nom).toList();
	}

}
