package fr.atelierctg.annexe.equipements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The .xlsx export of annex 2, written with Apache POI. */
final class ClasseurEquipements {

	/** Column widths in characters, in the order of {@link ExportEquipements#ENTETES}. */
	private static final int[] LARGEURS = { 34, 40, 34, 40, 24, 11, 10, 8 };

	private static final int COLONNE_CAPACITE = 6;

	private static final Pattern INTERDITS = Pattern.compile("[\\[\\]:*?/\\\\\\p{Cntrl}]");

	private static final String FEUILLE_PAR_DEFAUT = "Équipements";

	private ClasseurEquipements() {
	}

	static byte[] ecrire(String titre, List<LigneEquipement> lignes) {
		try (XSSFWorkbook classeur = new XSSFWorkbook(); ByteArrayOutputStream octets = new ByteArrayOutputStream()) {
			classeur.getProperties().getCoreProperties().setTitle("Équipements et services soutenus — " + titre);
			Sheet feuille = classeur.createSheet(nomDeFeuille(titre));
			entete(classeur, feuille);
			CellStyle places = format(classeur, "0");
			CellStyle etp = format(classeur, "0.00");
			int numero = 1;
			for (LigneEquipement ligne : lignes) {
				Row row = feuille.createRow(numero++);
				List<String> textes = List.of(ligne.type().libelle(), ligne.nom(), ligne.gestionnaire(),
						ligne.adresse(), ligne.commune(), ligne.codeInsee());
				for (int i = 0; i < textes.size(); i++) {
					row.createCell(i).setCellValue(textes.get(i));
				}
				if (ligne.capacite() != null) {
					var cellule = row.createCell(COLONNE_CAPACITE);
					cellule.setCellValue(ligne.capacite().doubleValue());
					cellule.setCellStyle((ligne.type().capacite() == Capacite.ETP) ? etp : places);
					row.createCell(COLONNE_CAPACITE + 1).setCellValue(ligne.type().capacite().unite());
				}
			}
			for (int i = 0; i < LARGEURS.length; i++) {
				feuille.setColumnWidth(i, LARGEURS[i] * 256);
			}
			feuille.createFreezePane(0, 1);
			feuille.setAutoFilter(new CellRangeAddress(0, Math.max(0, lignes.size()), 0, LARGEURS.length - 1));
			classeur.write(octets);
			return octets.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Excel's rules for a sheet name: 1 to 31 characters, none of [ ] : * ? / \, not
	 * starting or ending with an apostrophe, not "History" (reserved).
	 */
	static String nomDeFeuille(String titre) {
		String nom = INTERDITS.matcher(titre).replaceAll(" ").replaceAll("\\s+", " ").strip();
		nom = nom.replaceAll("^'+|'+$", "").strip();
		if (nom.length() > 31) {
			nom = nom.substring(0, 31).strip();
		}
		if (nom.isEmpty() || nom.equalsIgnoreCase("History")) {
			return FEUILLE_PAR_DEFAUT;
		}
		return nom;
	}

	private static void entete(XSSFWorkbook classeur, Sheet feuille) {
		Font gras = classeur.createFont();
		gras.setBold(true);
		CellStyle style = classeur.createCellStyle();
		style.setFont(gras);
		Row entete = feuille.createRow(0);
		List<String> entetes = ExportEquipements.ENTETES;
		for (int i = 0; i < entetes.size(); i++) {
			var cellule = entete.createCell(i);
			cellule.setCellValue(entetes.get(i));
			cellule.setCellStyle(style);
		}
	}

	private static CellStyle format(XSSFWorkbook classeur, String format) {
		CellStyle style = classeur.createCellStyle();
		style.setDataFormat(classeur.createDataFormat().getFormat(format));
		return style;
	}

}
