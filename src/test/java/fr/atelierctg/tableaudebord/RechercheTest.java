package fr.atelierctg.tableaudebord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionAvecSignataires;
import fr.atelierctg.convention.ConventionResume;
import fr.atelierctg.convention.IdentiteSignataire;
import fr.atelierctg.convention.Periode;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.convention.TypeSignataire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The criteria of the search across the Caf's conventions. */
class RechercheTest {

	static final ConventionAvecSignataires VAL_DE_GARONNE = new ConventionAvecSignataires(
			new ConventionResume(1, "Convention territoriale globale de services aux familles",
					"Val de Garonne Agglomération", new Periode(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31)),
					StatutConvention.BROUILLON, 3, Instant.now()),
			List.of(new IdentiteSignataire(TypeSignataire.CAF, null, null, null, "Caf de Lot-et-Garonne", 0, null,
					null),
					new IdentiteSignataire(TypeSignataire.EPCI, null, null, "200030674",
							"CA Val de Garonne Agglomération", 0, "CA", 62194),
					new IdentiteSignataire(TypeSignataire.COMMUNE, null, "47159", "214701591", "Le Mas-d'Agenais", 0,
							null, 1500)));

	static boolean retient(String q, String statut, String annee, String finAvant) {
		return Recherche.lire(q, statut, annee, finAvant).retient(VAL_DE_GARONNE);
	}

	@Test
	void leTexteSeChercheDansLeTitreLeTerritoireEtLesCollectivitesSansAccentNiTiret() {
		assertThat(retient("services aux", null, null, null)).isTrue();
		assertThat(retient("val de garonne", null, null, null)).isTrue();
		assertThat(retient("mas d'agenais", null, null, null)).isTrue();
		assertThat(retient("Mas dAgenais", null, null, null)).isFalse();
		assertThat(retient("MAS-D-AGENAIS", null, null, null)).isTrue();
		assertThat(retient("Lot-et-Garonne", null, null, null)).as("la Caf n'est pas une collectivité").isFalse();
		assertThat(retient("Agen", null, null, null)).as("Agenais").isTrue();
		assertThat(retient("Marmande", null, null, null)).isFalse();
	}

	@Test
	void unCodeInseeOuUnSirenSeCherchentParLeurDebut() {
		assertThat(retient("47159", null, null, null)).isTrue();
		assertThat(retient("200030", null, null, null)).isTrue();
		assertThat(retient("47157", null, null, null)).isFalse();
	}

	@Test
	void leStatutLAnneeEtLaDateDeFinFiltrent() {
		assertThat(retient(null, "BROUILLON", null, null)).isTrue();
		assertThat(retient(null, "EN_VIGUEUR", null, null)).isFalse();
		assertThat(retient(null, null, "2025", null)).isTrue();
		assertThat(retient(null, null, "2029", null)).isTrue();
		assertThat(retient(null, null, "2024", null)).isFalse();
		assertThat(retient(null, null, "2030", null)).isFalse();
		assertThat(retient(null, null, null, "2029-12-31")).isTrue();
		assertThat(retient(null, null, null, "2029-12-30")).isFalse();
		assertThat(retient("garonne", "BROUILLON", "2027", "2030-01-01")).isTrue();
		assertThat(retient("garonne", "BROUILLON", "2031", "2030-01-01")).isFalse();
	}

	@Test
	void sansCritereToutEstRetenu() {
		Recherche recherche = Recherche.lire(" ", "", null, "");
		assertThat(recherche).isEqualTo(new Recherche(null, null, null, null));
		assertThat(recherche.retient(VAL_DE_GARONNE)).isTrue();
	}

	@Test
	void desCriteresMalSaisisDonnentUnMessageParChamp() {
		assertThatExceptionOfType(DonneesInvalides.class)
			.isThrownBy(() -> Recherche.lire("x", "SIGNE", "26", "31/12/2026"))
			.satisfies((ex) -> assertThat(ex.erreurs()).containsOnlyKeys("statut", "annee", "finAvant")
				.containsEntry("annee",
						"Indiquez une année en quatre chiffres, entre 2000 et 2100 (par exemple 2026)."));
	}

}
