package fr.atelierctg.version;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.atelierctg.version.ComparaisonVersions.Etat;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison rules alone, without the application. */
class ComparateurTest {

	private static final List<String> COLONNES = List.of("Type", "Nom", "Commune", "Capacité");

	@Test
	void uneLigneModifieeEstAppariéeAvecLaPlusSemblableMemeSiUneLigneAjouteeLaPrecede() {
		ContenuVersion.Tableau avant = tableau(ligne("RPE", "Relais du Val", "Marmande", "1,50 ETP"));
		ContenuVersion.Tableau apres = tableau(ligne("EAJE PSU", "Crèche", "Marmande", "1,50 ETP"),
				ligne("RPE", "Relais du Val", "Marmande", "2,00 ETP"));

		ComparaisonVersions.Tableau comparaison = ComparaisonTableaux.comparer("Val de Garonne", avant, apres);

		assertThat(comparaison.etat()).isEqualTo(Etat.MODIFIE);
		assertThat(comparaison.lignes()).extracting(ComparaisonVersions.Ligne::etat)
			.containsExactly(Etat.AJOUTE, Etat.MODIFIE);
		assertThat(comparaison.lignes().get(1).cellules()).filteredOn(ComparaisonVersions.Cellule::modifiee)
			.singleElement()
			.isEqualTo(new ComparaisonVersions.Cellule("Capacité", "1,50 ETP", "2,00 ETP"));
	}

	@Test
	void uneLigneSansRienDeCommunEstSupprimeePuisAjoutee() {
		ContenuVersion.Tableau avant = tableau(ligne("RPE", "Relais", "Agen", "1"),
				ligne("LAEP", "Lieu", "Nérac", "—"));
		ContenuVersion.Tableau apres = tableau(ligne("MAM", "Maison", "Tonneins", "12"),
				ligne("LAEP", "Lieu", "Nérac", "—"));

		ComparaisonVersions.Tableau comparaison = ComparaisonTableaux.comparer("Liste", avant, apres);

		assertThat(comparaison.lignes()).extracting(ComparaisonVersions.Ligne::etat)
			.containsExactlyInAnyOrder(Etat.AJOUTE, Etat.SUPPRIME);
		assertThat(comparaison.lignesIdentiques()).isEqualTo(1);
	}

	@Test
	void lesParagraphesRestentSurDesLignesDistinctes() {
		assertThat(Paragraphes.texte("<p>Premier  paragraphe.</p><ul><li>un</li><li>deux</li></ul><p>Fin<br>ici</p>"))
			.isEqualTo("Premier paragraphe.\n• un\n• deux\nFin\nici");
	}

	@Test
	void lesMarquesDeChangementSontAnnonceesAuxLecteursDEcran() {
		assertThat(ComparaisonVersions.lisible("a <del>b </del><ins>c </ins>d")).isEqualTo(
				"a <del><span class=\"visually-hidden\">supprimé : </span>b </del><ins><span class=\"visually-hidden\">ajouté : </span>c </ins>d");
	}

	private static ContenuVersion.Tableau tableau(ContenuVersion.Ligne... lignes) {
		return new ContenuVersion.Tableau("Liste", COLONNES, List.of(lignes));
	}

	private static ContenuVersion.Ligne ligne(String... valeurs) {
		List<ContenuVersion.Cellule> cellules = new java.util.ArrayList<>();
		for (int i = 0; i < valeurs.length; i++) {
			cellules.add(new ContenuVersion.Cellule(COLONNES.get(i), valeurs[i]));
		}
		return new ContenuVersion.Ligne(List.copyOf(cellules));
	}

}
