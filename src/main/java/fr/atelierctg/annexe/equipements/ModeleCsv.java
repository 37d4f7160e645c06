package fr.atelierctg.annexe.equipements;

import java.math.BigDecimal;
import java.util.List;

/**
 * The template offered for download before an import: one CSV file (UTF-8 with BOM, ";")
 * with the French headers and four example rows that show the three kinds of capacity
 * (places, ETP with a decimal comma, none). The examples are real rows, not comments:
 * Excel has no comment lines, and a file that imports as it is shows the format better
 * than any note. The user replaces them with their own list. Headers carry hints in
 * parentheses, which the import ignores.
 */
public final class ModeleCsv {

	static final List<String> ENTETES = List.of("Type", "Nom", "Gestionnaire", "Adresse", "Commune (nom ou code INSEE)",
			"Capacité (places, ou ETP pour un RPE)");

	private static final List<LigneEquipement> EXEMPLES = List.of(
			new LigneEquipement(TypeEquipement.EAJE_PSU, "Multi-accueil Les Petits Loups", "Commune de Marmande",
					"12 rue de la Libération", "Marmande", "47157", new BigDecimal("40")),
			new LigneEquipement(TypeEquipement.RPE, "Relais petite enfance Val de Garonne",
					"Val de Garonne Agglomération", "Place du Marché", "Tonneins", "47310", new BigDecimal("1.5")),
			new LigneEquipement(TypeEquipement.LAEP, "LAEP La Parenthèse", "Centre social de Tonneins",
					"5 avenue Charles de Gaulle", "Tonneins", "47310", null),
			new LigneEquipement(TypeEquipement.ALSH_PERISCOLAIRE, "Accueil périscolaire de l'école Jean Jaurès",
					"Commune de Marmande", "", "47157", "47157", new BigDecimal("120")));

	private ModeleCsv() {
	}

	/** The template's bytes, ready to send as {@code text/csv; charset=UTF-8}. */
	public static byte[] gabarit() {
		return EcritureCsv.ecrire(ENTETES, EXEMPLES, (ligne) -> List.of(ligne.type().libelle(), ligne.nom(),
				ligne.gestionnaire(), ligne.adresse(), ligne.commune(), EcritureCsv.capacite(ligne.capacite())));
	}

	/**
	 * The example rows of the template, as an import with a matching referential reads
	 * them.
	 */
	public static List<LigneEquipement> exemples() {
		return EXEMPLES;
	}

}
