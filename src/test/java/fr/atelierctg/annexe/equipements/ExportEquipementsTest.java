package fr.atelierctg.annexe.equipements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.atelierctg.annexe.equipements.ResultatImport.Valide;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportEquipementsTest {

	static final List<LigneEquipement> LIGNES = List.of(
			new LigneEquipement(TypeEquipement.MAM, "Les Lucioles; « la MAM »", "Association \"Les Lucioles\"",
					"2 rue des Écoles", "Agen", "47001", new BigDecimal("12")),
			new LigneEquipement(TypeEquipement.RPE, "Relais Val de Garonne", "Val de Garonne Agglomération", "",
					"Tonneins", "47310", new BigDecimal("1.7")),
			new LigneEquipement(TypeEquipement.SOUTIEN_PARENTALITE, "Café des parents", "=Sœurs de l’Enfance",
					"Place du Marché", "47157", "47157", null));

	@Test
	void leGabaritEstEnUtf8AvecBomEtPointVirguleEtSeReimporteEnSesExemples() {
		byte[] gabarit = ModeleCsv.gabarit();
		assertThat(gabarit).startsWith(0xEF, 0xBB, 0xBF);
		String texte = new String(gabarit, StandardCharsets.UTF_8);
		assertThat(texte.lines().findFirst()).contains(
				"\uFEFFType;Nom;Gestionnaire;Adresse;Commune (nom ou code INSEE);Capacité (places, ou ETP pour un RPE)");
		assertThat(texte).contains(";1,5\r\n");

		ResultatImport resultat = ImportEquipements.lire(gabarit, ImportEquipementsTest.COMMUNES);
		assertThat(resultat).isEqualTo(new Valide(ModeleCsv.exemples()));
		assertThat(ModeleCsv.exemples()).extracting(LigneEquipement::type)
			.extracting(TypeEquipement::capacite)
			.contains(Capacite.PLACES, Capacite.ETP, Capacite.AUCUNE);
	}

	@Test
	void lExportCsvSeReimporteEnLesMemesLignes() {
		byte[] csv = ExportEquipements.csv(LIGNES);
		String texte = new String(csv, StandardCharsets.UTF_8);
		assertThat(texte).startsWith("\uFEFFType;Nom;Gestionnaire;Adresse;Commune;Code INSEE;Capacité;Unité\r\n")
			.contains(";1,7;ETP\r\n")
			.contains(";'=Sœurs de l’Enfance;");

		assertThat(ImportEquipements.lire(csv, ImportEquipementsTest.COMMUNES)).isEqualTo(new Valide(LIGNES));
	}

	@Test
	void lExportExcelAUnEnTeteGrasFigeEtDesCapacitesNumeriques() throws IOException {
		byte[] xlsx = ExportEquipements.xlsx("Val de Garonne Agglomération", LIGNES);
		try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(classeur.getNumberOfSheets()).isEqualTo(1);
			Sheet feuille = classeur.getSheetAt(0);
			assertThat(feuille.getSheetName()).isEqualTo("Val de Garonne Agglomération");
			Row entete = feuille.getRow(0);
			assertThat(entete).extracting(Cell::getStringCellValue)
				.containsExactly("Type", "Nom", "Gestionnaire", "Adresse", "Commune", "Code INSEE", "Capacité",
						"Unité");
			assertThat(entete)
				.allSatisfy((cellule) -> assertThat(classeur.getFontAt(cellule.getCellStyle().getFontIndex()).getBold())
					.isTrue());
			assertThat(feuille.getPaneInformation().isFreezePane()).isTrue();
			assertThat(feuille.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(feuille.getColumnWidth(1)).isEqualTo(40 * 256);

			Row mam = feuille.getRow(1);
			assertThat(mam.getCell(0).getStringCellValue()).isEqualTo("Maison d'assistants maternels (MAM)");
			assertThat(mam.getCell(1).getStringCellValue()).isEqualTo("Les Lucioles; « la MAM »");
			assertThat(mam.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(mam.getCell(6).getNumericCellValue()).isEqualTo(12.0);
			assertThat(mam.getCell(7).getStringCellValue()).isEqualTo("places");
			Row rpe = feuille.getRow(2);
			assertThat(rpe.getCell(6).getNumericCellValue()).isEqualTo(1.7);
			assertThat(rpe.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(rpe.getCell(7).getStringCellValue()).isEqualTo("ETP");
			Row parentalite = feuille.getRow(3);
			assertThat(parentalite.getCell(2).getStringCellValue()).isEqualTo("=Sœurs de l’Enfance");
			assertThat(parentalite.getCell(2).getCellType()).isEqualTo(CellType.STRING);
			assertThat(parentalite.getCell(6)).isNull();
			assertThat(feuille.getLastRowNum()).isEqualTo(3);
		}
	}

	@Test
	void nommeLaFeuilleSelonLesReglesDExcel() {
		assertThat(ClasseurEquipements.nomDeFeuille("Commune d'Agen")).isEqualTo("Commune d'Agen");
		assertThat(ClasseurEquipements.nomDeFeuille("CC [Coteaux]: Lot/Garonne*?\\"))
			.isEqualTo("CC Coteaux Lot Garonne");
		assertThat(ClasseurEquipements.nomDeFeuille("Communauté d'agglomération du Grand Villeneuvois")).hasSize(31)
			.isEqualTo("Communauté d'agglomération du G");
		assertThat(ClasseurEquipements.nomDeFeuille("'Agen'")).isEqualTo("Agen");
		assertThat(ClasseurEquipements.nomDeFeuille(" ?* ")).isEqualTo("Équipements");
		assertThat(ClasseurEquipements.nomDeFeuille("History")).isEqualTo("Équipements");
	}

}
