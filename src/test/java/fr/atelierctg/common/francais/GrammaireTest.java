package fr.atelierctg.common.francais;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrammaireTest {

	@Test
	void eliditEtContracteLesNomsDeCommunes() {
		assertThat(Liaison.depuisCode(1).de("Agmé")).isEqualTo("d'Agmé");
		assertThat(Liaison.depuisCode(0).de("Beaupuy")).isEqualTo("de Beaupuy");
		assertThat(Liaison.depuisCode(2).de("Le Mas-d'Agenais")).isEqualTo("du Mas-d'Agenais");
		assertThat(Liaison.depuisCode(4).de("Les Mées")).isEqualTo("des Mées");
		assertThat(Liaison.depuisCode(3).de("La Réole")).isEqualTo("de la Réole");
		assertThat(Liaison.depuisCode(5).de("L'Isle-Jourdain")).isEqualTo("de l'Isle-Jourdain");
		assertThat(Liaison.depuisCode(2).a("Le Mas-d'Agenais")).isEqualTo("au Mas-d'Agenais");
		assertThat(Liaison.deviner("Le Mas-d'Agenais").a("Le Mas-d'Agenais")).isEqualTo("au Mas-d'Agenais");
		assertThat(Liaison.deviner("Agen").a("Agen")).isEqualTo("à Agen");
	}

	@Test
	void devineLaLiaisonDUnNomSaisiALaMain() {
		assertThat(Liaison.deviner("le Département de Lot-et-Garonne").de("le Département de Lot-et-Garonne"))
			.isEqualTo("du Département de Lot-et-Garonne");
		assertThat(Liaison.deviner("l'État").de("l'État")).isEqualTo("de l'État");
		assertThat(Liaison.deviner("la MSA").de("la MSA")).isEqualTo("de la MSA");
		assertThat(Liaison.deviner("les communes signataires").de("les communes signataires"))
			.isEqualTo("des communes signataires");
		assertThat(Liaison.deviner("Écueillé")).isEqualTo(Liaison.VOYELLE);
		assertThat(Liaison.deviner("France Travail").de("France Travail")).isEqualTo("de France Travail");
	}

	@Test
	void nommeLesDepartementsAvecLeurCharniere() {
		assertThat(Departements.de("Haute-Garonne", 3)).isEqualTo("de la Haute-Garonne");
		assertThat(Departements.de("Alpes-de-Haute-Provence", 4)).isEqualTo("des Alpes-de-Haute-Provence");
		assertThat(Departements.de("Lot-et-Garonne", 2)).isEqualTo("de Lot-et-Garonne");
		assertThat(Departements.de("Ille-et-Vilaine", 1)).isEqualTo("d'Ille-et-Vilaine");
		assertThat(Departements.de("Lot", 2)).isEqualTo("du Lot");
		assertThat(Departements.de("Ain", 5)).isEqualTo("de l'Ain");
	}

	@Test
	void accordeLaQualiteAvecLaCivilite() {
		assertThat(Qualites.avecPossessif("président", Civilite.MADAME)).isEqualTo("sa présidente");
		assertThat(Qualites.avecPossessif("Présidente", Civilite.MONSIEUR)).isEqualTo("son président");
		assertThat(Qualites.avecPossessif("maire", Civilite.MADAME)).isEqualTo("sa maire");
		assertThat(Qualites.avecPossessif("adjoint", Civilite.MADAME)).isEqualTo("son adjointe");
		assertThat(Qualites.avecPossessif("1er adjoint", Civilite.MADAME)).isEqualTo("sa 1ère adjointe");
		assertThat(Qualites.avecPossessif("1ère adjointe", Civilite.MONSIEUR)).isEqualTo("son 1er adjoint");
		assertThat(Qualites.avecArticle("directeur", Civilite.MADAME)).isEqualTo("La Directrice");
		assertThat(Qualites.avecArticle("maire", Civilite.MONSIEUR)).isEqualTo("Le Maire");
		assertThat(Qualites.avecArticle("adjointe", Civilite.MADAME)).isEqualTo("L'Adjointe");
		assertThat(Qualites.avecArticle("préfet de Lot-et-Garonne", Civilite.MADAME))
			.isEqualTo("La Préfète de Lot-et-Garonne");
		assertThat(Civilite.MADAME.accorder("autorisé")).isEqualTo("autorisée");
		assertThat(Civilite.MONSIEUR.accorder("autorisé")).isEqualTo("autorisé");
	}

	@Test
	void ecritLesDatesEtLesNombresALaFrancaise() {
		assertThat(DatesFr.longue(LocalDate.of(2026, 1, 1))).isEqualTo("1er janvier 2026");
		assertThat(DatesFr.longue(LocalDate.of(2029, 12, 31))).isEqualTo("31 décembre 2029");
		assertThat(DatesFr.periode(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31)))
			.isEqualTo("du 1er janvier 2025 au 31 décembre 2029");
		assertThat(NombresFr.montant(new BigDecimal("1335184.5"))).isEqualTo("1\u202F335\u202F184,50\u00A0€");
		assertThat(NombresFr.entier(17849)).isEqualTo("17\u202F849");
		assertThat(NombresFr.entier(999)).isEqualTo("999");
	}

}
