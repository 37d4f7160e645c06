package fr.atelierctg.annexe.diagnostic;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.atelierctg.common.erreurs.DonneesInvalides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Key figures as typed: French numbers, plausible years, required fields, all or nothing.
 */
class LectureChiffresTest {

	private static final int ANNEE = 2026;

	private static ChiffreSaisi chiffre(String libelle, String valeur, String unite, String source, String annee) {
		return new ChiffreSaisi(libelle, valeur, unite, source, annee);
	}

	@Test
	void litLesNombresALaFrancaise() {
		assertThat(LectureChiffres.valeur("1 234,5")).isEqualByComparingTo("1234.5");
		assertThat(LectureChiffres.valeur("1\u202F234,5")).isEqualByComparingTo("1234.5");
		assertThat(LectureChiffres.valeur("62\u00A0194")).isEqualByComparingTo("62194");
		assertThat(LectureChiffres.valeur("1.234.567,25")).isEqualByComparingTo("1234567.25");
		assertThat(LectureChiffres.valeur("12.5")).isEqualByComparingTo("12.5");
		assertThat(LectureChiffres.valeur("1200")).isEqualByComparingTo("1200").hasToString("1200");
	}

	@Test
	void accepteUneValeurNegativePourUneEvolution() {
		assertThat(LectureChiffres.valeur("-0,3")).isEqualByComparingTo("-0.3");
		assertThat(LectureChiffres.valeur("\u22120,3")).isEqualByComparingTo("-0.3");
	}

	@Test
	void refuseCeQuiNEstPasUnNombreEnDisantPourquoi() {
		assertThatThrownBy(() -> LectureChiffres.valeur("12 %")).hasMessageContaining("colonne « Unité »");
		assertThatThrownBy(() -> LectureChiffres.valeur("1,2,3")).hasMessage("Écrivez un nombre, par exemple 1 234,5.");
		assertThatThrownBy(() -> LectureChiffres.valeur("0,123456")).hasMessage("4 chiffres après la virgule au plus.");
		assertThatThrownBy(() -> LectureChiffres.valeur(" ")).hasMessage("Indiquez la valeur du chiffre.");
	}

	@Test
	void litUneListeEnIgnorantLesLignesVides() {
		List<ChiffreCle> chiffres = LectureChiffres.lire(List.of(ChiffreSaisi.vide(),
				chiffre(" Nombre d'habitants ", "62 194", "habitants", "INSEE, RP 2021", "2021")), ANNEE);
		assertThat(chiffres).containsExactly(
				new ChiffreCle("Nombre d'habitants", new BigDecimal("62194"), "habitants", "INSEE, RP 2021", 2021));
	}

	@Test
	void refuseToutLaListeEtNommeChaqueChampFautif() {
		DonneesInvalides erreur = catchThrowableOfType(DonneesInvalides.class,
				() -> LectureChiffres.lire(Arrays.asList(chiffre("Familles", "1 200", "", "Caf", "2024"),
						ChiffreSaisi.vide(), chiffre("", "abc", "", "", "1989"),
						chiffre("Allocataires", "3", "", "Caf", String.valueOf(ANNEE + 2))), ANNEE));
		assertThat(erreur.erreurs()).containsOnlyKeys("chiffres[2].libelle", "chiffres[2].valeur", "chiffres[2].source",
				"chiffres[2].annee", "chiffres[3].annee");
		assertThat(erreur.erreurs().get("chiffres[3].annee"))
			.isEqualTo("Indiquez l'année sur 4 chiffres, de 1990 à 2027.");
	}

	@Test
	void accepteLAnneeProchaineMaisPasUneAnneeSurDeuxChiffres() {
		assertThat(LectureChiffres.lire(List.of(chiffre("Places prévues", "12", "places", "Caf", "2027")), ANNEE))
			.hasSize(1);
		assertThatThrownBy(() -> LectureChiffres.lire(List.of(chiffre("Places", "12", "", "Caf", "21")), ANNEE))
			.isInstanceOf(DonneesInvalides.class);
	}

	@Test
	void ecritLaValeurALaFrancaiseAvecSonUnite() {
		assertThat(new ChiffreCle("Habitants", new BigDecimal("62194"), "habitants", "INSEE", 2021).valeurEtUnite())
			.isEqualTo("62\u202F194\u00A0habitants");
		assertThat(new ChiffreCle("Évolution", new BigDecimal("-0.3"), "%", "INSEE", 2021).valeurEtUnite())
			.isEqualTo("-0,3\u00A0%");
		assertThat(new ChiffreCle("Taux", new BigDecimal("1234.50"), "", "Caf", 2024).valeurSaisie())
			.isEqualTo("1234,5");
	}

}
