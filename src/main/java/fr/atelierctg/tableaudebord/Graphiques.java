package fr.atelierctg.tableaudebord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import fr.atelierctg.common.francais.NombresFr;
import fr.atelierctg.tableaudebord.TableauDeBord.NombreParStatut;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of the dashboard's two charts; the template draws them as inline SVG
 * (escaping every text), next to a table of the same figures.
 */
final class Graphiques {

	private Graphiques() {
	}

	/**
	 * Horizontal bars, one per status, the value written at the end of each.
	 */
	static Barres statuts(List<NombreParStatut> nombres) {
		int gauche = 112;
		int largeurUtile = Barres.LARGEUR - gauche - 36;
		long maximum = Math.max(1, nombres.stream().mapToLong(NombreParStatut::nombre).max().orElse(0));
		List<Barre> barres = new ArrayList<>();
		for (int i = 0; i < nombres.size(); i++) {
			NombreParStatut nombre = nombres.get(i);
			double largeur = arrondi((double) nombre.nombre() / maximum * largeurUtile);
			barres.add(new Barre(nombre.libelle(), nombre.nombre(), gauche, i * Barres.LIGNE, largeur,
					arrondi(gauche + largeur + 6)));
		}
		return new Barres(nombres.size() * Barres.LIGNE, barres,
				nombres.stream()
					.map((n) -> n.libelle() + " : " + n.nombre())
					.collect(java.util.stream.Collectors.joining(" ; ", "Conventions par statut – ", ".")));
	}

	/**
	 * Two step lines over the years, 0 to 100 %: each year's rate on 1 January holds
	 * until the next; the years after the current one are shaded.
	 */
	static Courbe couverture(List<Couverture.Annee> annees, int anneeCourante) {
		int n = Math.max(1, annees.size());
		double bande = (double) (Courbe.LARGEUR - Courbe.GAUCHE - Courbe.DROITE) / n;
		List<Repere> reperes = new ArrayList<>();
		List<Repere> graduations = new ArrayList<>();
		for (int pourcent = 0; pourcent <= 100; pourcent += 20) {
			graduations.add(new Repere(pourcent + " %", Courbe.GAUCHE, y(BigDecimal.valueOf(pourcent)), false));
		}
		Double debutAVenir = null;
		for (int i = 0; i < annees.size(); i++) {
			Couverture.Annee annee = annees.get(i);
			reperes.add(new Repere(String.valueOf(annee.annee()), arrondi(Courbe.GAUCHE + bande * (i + 0.5)),
					Courbe.HAUT + Courbe.HAUTEUR_UTILE + 18, annee.annee() == anneeCourante));
			if (debutAVenir == null && annee.annee() > anneeCourante) {
				debutAVenir = arrondi(Courbe.GAUCHE + bande * i);
			}
		}
		return new Courbe(graduations, reperes, escalier(annees, bande, Couverture.Annee::signees),
				escalier(annees, bande, Couverture.Annee::avecEnPreparation), debutAVenir,
				"Conventions signées – " + serie(annees, Couverture.Annee::signees)
						+ ". Avec les conventions en préparation – "
						+ serie(annees, Couverture.Annee::avecEnPreparation) + ".");
	}

	/** "x1,y1 x2,y1 x2,y2 x3,y2 …" for a polyline. */
	private static String escalier(List<Couverture.Annee> annees, double bande,
			Function<Couverture.Annee, Couverture.Point> serie) {
		List<String> points = new ArrayList<>();
		for (int i = 0; i < annees.size(); i++) {
			double y = y(serie.apply(annees.get(i)).taux());
			points.add(nombre(Courbe.GAUCHE + bande * i) + "," + nombre(y));
			points.add(nombre(Courbe.GAUCHE + bande * (i + 1)) + "," + nombre(y));
		}
		return String.join(" ", points);
	}

	/** "2025 : 30,6 % ; 2026 : 22,3 %" */
	private static String serie(List<Couverture.Annee> annees, Function<Couverture.Annee, Couverture.Point> serie) {
		return annees.stream()
			.map((a) -> a.annee() + " : " + NombresFr.decimal(serie.apply(a).taux(), 1) + " %")
			.collect(java.util.stream.Collectors.joining(" ; "));
	}

	private static double y(BigDecimal taux) {
		return arrondi(Courbe.HAUT + Courbe.HAUTEUR_UTILE * (1 - taux.doubleValue() / 100));
	}

	private static double arrondi(double valeur) {
		return Math.round(valeur * 10) / 10.0;
	}

	private static String nombre(double valeur) {
		return String.format(Locale.ROOT, "%.1f", valeur);
	}

	/** The bar chart: {@value #LARGEUR} wide, {@value #LIGNE} per bar. */
	record Barres(int hauteur, List<Barre> barres, String description) {

		static final int LARGEUR = 360;

		static final int LIGNE = 28;

		public int largeur() {
			return LARGEUR;
		}

	}

	/**
	 * @param x where the bar starts (its label ends there)
	 * @param xValeur where the value is written
	 */
	record Barre(String libelle, long valeur, int x, int y, double largeur, double xValeur) {
	}

	/**
	 * @param graduations 0 to 100 % on the left
	 * @param annees the labels under the chart
	 * @param signees polyline points of the coverage by signed conventions
	 * @param avecEnPreparation polyline points with the conventions being prepared
	 * @param debutAVenir where the shaded coming years start, none when all are past
	 * @param description every figure in words, for screen readers
	 */
	record Courbe(List<Repere> graduations, List<Repere> annees, String signees, String avecEnPreparation,
			@Nullable Double debutAVenir, String description) {

		static final int LARGEUR = 560;

		static final int HAUTEUR = 280;

		static final int GAUCHE = 52;

		static final int DROITE = 12;

		static final int HAUT = 12;

		static final int HAUTEUR_UTILE = 230;

		public int largeur() {
			return LARGEUR;
		}

		public int hauteur() {
			return HAUTEUR;
		}

		public int gauche() {
			return GAUCHE;
		}

		public int droite() {
			return LARGEUR - DROITE;
		}

		public int haut() {
			return HAUT;
		}

		public int bas() {
			return HAUT + HAUTEUR_UTILE;
		}

	}

	/** A label at a place; {@code marque} for the current year. */
	record Repere(String libelle, double x, double y, boolean marque) {
	}

}
