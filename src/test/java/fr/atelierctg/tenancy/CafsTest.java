package fr.atelierctg.tenancy;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import fr.atelierctg.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CafsTest {

	@Autowired
	TenancyApi tenancy;

	@Test
	void creeUneCafParDepartementAvecLaBonneCharniere() {
		assertThat(this.tenancy.toutesLesCafs()).hasSize(101);
		assertThat(this.tenancy.cafDuDepartement("47")).get()
			.satisfies((caf) -> assertThat(caf.nom()).isEqualTo("Caf de Lot-et-Garonne"))
			.satisfies((caf) -> assertThat(caf.villeSiege()).isEqualTo("Agen"));
		assertThat(this.tenancy.cafDuDepartement("31")).get()
			.satisfies((caf) -> assertThat(caf.nom()).isEqualTo("Caf de la Haute-Garonne"));
		assertThat(this.tenancy.cafDuDepartement("04")).get()
			.satisfies((caf) -> assertThat(caf.nom()).isEqualTo("Caf des Alpes-de-Haute-Provence"));
		assertThat(this.tenancy.cafDuDepartement("59")).get()
			.satisfies((caf) -> assertThat(caf.nom()).isEqualTo("Caf du Nord"));
		assertThat(this.tenancy.cafDuDepartement("01")).get()
			.satisfies((caf) -> assertThat(caf.nom()).isEqualTo("Caf de l'Ain"));
		assertThat(this.tenancy.cafDuDepartement("35")).get()
			.satisfies((caf) -> assertThat(caf.nom()).isEqualTo("Caf d'Ille-et-Vilaine"));
	}

}
