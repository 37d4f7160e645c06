package fr.atelierctg.annexe.equipements;

import java.util.List;

/**
 * Exports of annex 2. Both files carry, besides the six imported columns, the INSEE code
 * the commune was resolved to and the capacity's unit; the import ignores those two
 * columns, so an exported CSV imports back to the same rows.
 */
public final class ExportEquipements {

	static final List<String> ENTETES = List.of("Type", "Nom", "Gestionnaire", "Adresse", "Commune", "Code INSEE",
			"Capacité", "Unité");

	private ExportEquipements() {
	}

	/** UTF-8 with BOM, ";" separator, capacity with a decimal comma ("1,5"). */
	public static byte[] csv(List<LigneEquipement> lignes) {
		return EcritureCsv.ecrire(ENTETES, lignes,
				(ligne) -> List.of(ligne.type().libelle(), ligne.nom(), ligne.gestionnaire(), ligne.adresse(),
						ligne.commune(), ligne.codeInsee(), EcritureCsv.capacite(ligne.capacite()),
						(ligne.capacite() != null) ? ligne.type().capacite().unite() : ""));
	}

	/**
	 * An Excel workbook with one sheet named after {@code titre} (the collectivité, cut
	 * to Excel's rules by {@link ClasseurEquipements#nomDeFeuille(String)}): bold frozen
	 * header, filters, fixed column widths, capacity as a number with its unit in the
	 * next column.
	 */
	public static byte[] xlsx(String titre, List<LigneEquipement> lignes) {
		return ClasseurEquipements.ecrire(titre, lignes);
	}

}
