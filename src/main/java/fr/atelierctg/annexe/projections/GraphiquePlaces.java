package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.common.francais.NombresFr;

/**
 * The chart of a projection table: places per column (current, then each year) stacked by
 * mode of care, as an inline SVG written on the server. Accessible: {@code role="img"}
 * with a {@code <title>} and a {@code <desc>} that gives the totals, a {@code <title>}
 * per bar segment; the editable table next to it holds the same figures.
 */
final class GraphiquePlaces {

	/** Okabe–Ito colours: told apart with the common colour-vision deficiencies. */
	private static final String[] COULEURS = { "#0072B2", "#E69F00", "#009E73", "#CC79A7" };

	private static final int LARGEUR = 680;

	private static final int HAUTEUR = 320;

	private static final int GAUCHE = 64;

	private static final int DROITE = 200;

	private static final int HAUT = 16;

	private static final int BAS = 56;

	private GraphiquePlaces() {
	}

	/**
	 * @param id unique in the page (ids of the title and description)
	 * @param sujet "Val de Garonne Agglomération – zone QPV"
	 * @return the SVG, or "" when no mode of care holds a value
	 */
	static String svg(String id, String sujet, List<String> colonnes, TableauLu tableau) {
		List<LigneProjection> modes = List.of(LigneProjection.values())
			.stream()
			.filter(LigneProjection::modeDAccueil)
			.toList();
		boolean vide = modes.stream().allMatch((m) -> tableau.valeurs().getOrDefault(m, java.util.Map.of()).isEmpty());
		if (vide) {
			return "";
		}
		List<Long> totaux = new ArrayList<>();
		for (String colonne : colonnes) {
			long total = 0;
			for (LigneProjection mode : modes) {
				BigDecimal valeur = tableau.valeur(mode, colonne);
				total += (valeur == null) ? 0 : valeur.longValue();
			}
			totaux.add(total);
		}
		long pas = pas(totaux.stream().mapToLong(Long::longValue).max().orElse(0));
		long maximum = Math.max(pas,
				((totaux.stream().mapToLong(Long::longValue).max().orElse(0) + pas - 1) / pas) * pas);
		int largeurUtile = LARGEUR - GAUCHE - DROITE;
		int hauteurUtile = HAUTEUR - HAUT - BAS;
		double bande = (double) largeurUtile / colonnes.size();
		double barre = Math.min(56, bande * 0.6);

		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graphique-places\" viewBox=\"0 0 ")
			.append(LARGEUR)
			.append(' ')
			.append(HAUTEUR)
			.append("\" role=\"img\" aria-labelledby=\"")
			.append(id)
			.append("-titre ")
			.append(id)
			.append("-desc\">");
		svg.append("<title id=\"")
			.append(id)
			.append("-titre\">")
			.append(TexteRiche.echapper("Places d'accueil par année et par mode d'accueil – " + sujet))
			.append("</title>");
		svg.append("<desc id=\"")
			.append(id)
			.append("-desc\">")
			.append(TexteRiche.echapper(description(colonnes, totaux)))
			.append("</desc>");
		// horizontal grid and the scale of places
		for (long graduation = 0; graduation <= maximum; graduation += pas) {
			double y = HAUT + hauteurUtile - (double) graduation / maximum * hauteurUtile;
			svg.append("<line x1=\"")
				.append(GAUCHE)
				.append("\" x2=\"")
				.append(LARGEUR - DROITE + 8)
				.append("\" y1=\"")
				.append(f(y))
				.append("\" y2=\"")
				.append(f(y))
				.append("\" stroke=\"")
				.append(graduation == 0 ? "#333333" : "#d9d9d9")
				.append("\"/>");
			svg.append("<text x=\"")
				.append(GAUCHE - 6)
				.append("\" y=\"")
				.append(f(y + 4))
				.append("\" text-anchor=\"end\" font-size=\"12\">")
				.append(NombresFr.entier(graduation))
				.append("</text>");
		}
		svg.append("<text transform=\"translate(16 ")
			.append(HAUT + hauteurUtile / 2)
			.append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">Nombre de places</text>");
		svg.append("<text x=\"")
			.append(GAUCHE + largeurUtile / 2)
			.append("\" y=\"")
			.append(HAUTEUR - 8)
			.append("\" text-anchor=\"middle\" font-size=\"12\">Année</text>");
		for (int c = 0; c < colonnes.size(); c++) {
			String colonne = colonnes.get(c);
			double x = GAUCHE + bande * c + (bande - barre) / 2;
			double base = HAUT + hauteurUtile;
			for (int m = 0; m < modes.size(); m++) {
				LigneProjection mode = modes.get(m);
				BigDecimal valeur = tableau.valeur(mode, colonne);
				if (valeur == null) {
					continue;
				}
				double hauteur = valeur.doubleValue() / maximum * hauteurUtile;
				base -= hauteur;
				svg.append("<rect class=\"barre\" data-mode=\"")
					.append(mode.name())
					.append("\" data-colonne=\"")
					.append(colonne)
					.append("\" x=\"")
					.append(f(x))
					.append("\" y=\"")
					.append(f(base))
					.append("\" width=\"")
					.append(f(barre))
					.append("\" height=\"")
					.append(f(hauteur))
					.append("\" fill=\"")
					.append(COULEURS[m])
					.append("\" stroke=\"#ffffff\" stroke-width=\"1\">")
					.append("<title>")
					.append(TexteRiche.echapper(mode.libelleCourt() + " – " + Colonnes.libelle(colonne) + " : "
							+ NombresFr.entier(valeur.longValue()) + " places"))
					.append("</title></rect>");
			}
			svg.append("<text x=\"")
				.append(f(GAUCHE + bande * c + bande / 2))
				.append("\" y=\"")
				.append(HAUT + hauteurUtile + 18)
				.append("\" text-anchor=\"middle\" font-size=\"12\">")
				.append(TexteRiche.echapper(Colonnes.libelle(colonne)))
				.append("</text>");
		}
		int xLegende = LARGEUR - DROITE + 24;
		for (int m = 0; m < modes.size(); m++) {
			int y = HAUT + 8 + m * 22;
			svg.append("<rect x=\"")
				.append(xLegende)
				.append("\" y=\"")
				.append(y)
				.append("\" width=\"14\" height=\"14\" fill=\"")
				.append(COULEURS[m])
				.append("\"/>");
			svg.append("<text x=\"")
				.append(xLegende + 20)
				.append("\" y=\"")
				.append(y + 12)
				.append("\" font-size=\"12\">")
				.append(TexteRiche.echapper(modes.get(m).libelleCourt()))
				.append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	/** "Total des places : Actuel 120, 2025 128, …" */
	private static String description(List<String> colonnes, List<Long> totaux) {
		List<String> parties = new ArrayList<>();
		for (int i = 0; i < colonnes.size(); i++) {
			parties.add(Colonnes.libelle(colonnes.get(i)) + " : " + NombresFr.entier(totaux.get(i)));
		}
		return "Barres empilées par mode d'accueil (EAJE PSU, micro-crèche, MAM, assistants maternels). "
				+ "Total des places – " + String.join(" ; ", parties) + ".";
	}

	/** A round step giving four to eight graduations: 1, 2, 5 × 10ⁿ. */
	static long pas(long maximum) {
		long pas = 1;
		while (maximum / pas > 8) {
			if (maximum / (pas * 2) <= 8) {
				return pas * 2;
			}
			if (maximum / (pas * 5) <= 8) {
				return pas * 5;
			}
			pas *= 10;
		}
		return pas;
	}

	private static String f(double valeur) {
		return String.format(Locale.ROOT, "%.1f", valeur);
	}

}
