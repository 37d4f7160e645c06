package fr.atelierctg.annexe.projections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.annexe.AnnexeStructuree;
import fr.atelierctg.common.francais.NombresFr;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;

/**
 * The projection tables in annex 3 of the document: per AO and zone, the projection
 * table, then the needs and the investment projects, each on landscape pages with its
 * title in the repeated header. The AO's name is in the header row rather than in a
 * heading, so that nothing portrait falls between two landscape tables.
 */
@Component
@Order(3) // annex 3 prints the axes and fiches, then the AO table, then the projections
class AnnexeProjections implements AnnexeStructuree {

	private final ProjectionsApi projections;

	AnnexeProjections(ProjectionsApi projections) {
		this.projections = projections;
	}

	@Override
	public String cle() {
		return "plan-actions";
	}

	/** The action plan's own content decides whether annex 3 is filled in. */
	@Override
	public boolean renseignee(ConventionLue convention) {
		return false;
	}

	@Override
	public String html(ConventionLue convention) {
		return html(this.projections.lire(convention));
	}

	static String html(ProjectionsApi.Projections projections) {
		if (projections.autorites().isEmpty()) {
			return "";
		}
		List<String> colonnes = projections.colonnes();
		StringBuilder html = new StringBuilder(
				"<h3 class=\"paysage\">Récapitulatif des structures existantes sur la petite enfance et des projets envisagés</h3>");
		List<String> nonRenseignees = new ArrayList<>();
		for (ProjectionsApi.Projections.Autorite autorite : projections.autorites()) {
			List<TableauLu> renseignes = autorite.tableaux().stream().filter(TableauLu::renseigne).toList();
			if (renseignes.isEmpty()) {
				nonRenseignees.add(autorite.ao().nom());
			}
			for (TableauLu tableau : renseignes) {
				String titre = Cartes.titre(autorite.ao(), tableau.zone());
				projection(html, titre, colonnes, tableau);
				besoins(html, titre, tableau.besoins());
				projets(html, titre, tableau.projets());
			}
		}
		if (!nonRenseignees.isEmpty()) {
			// a landscape paragraph overflows its page in Flying Saucer: a one-cell table
			// stays in the margins
			html.append("<table class=\"large\"><tbody><tr><td>Tableau de projection non renseigné pour ")
				.append(TexteRiche.echapper(Designations.enumerer(nonRenseignees)))
				.append(".</td></tr></tbody></table>");
		}
		return html.toString();
	}

	private static void projection(StringBuilder html, String titre, List<String> colonnes, TableauLu tableau) {
		html.append("<table class=\"large\"><thead><tr><th colspan=\"")
			.append(colonnes.size() + 2)
			.append("\">")
			.append(TexteRiche.echapper(titre))
			.append("</th></tr><tr><th>Type de mode d'accueil ou dispositif</th><th>Unité</th>");
		colonnes.forEach((c) -> html.append("<th>").append(TexteRiche.echapper(Colonnes.libelle(c))).append("</th>"));
		html.append("</tr></thead><tbody>");
		for (LigneProjection ligne : LigneProjection.values()) {
			html.append("<tr><td>")
				.append(TexteRiche.echapper(ligne.libelle()))
				.append("</td><td>")
				.append(TexteRiche.echapper(ligne.mesure().unite()))
				.append("</td>");
			for (String colonne : colonnes) {
				BigDecimal valeur = tableau.valeur(ligne, colonne);
				html.append("<td>")
					.append((valeur == null) ? "—" : NombresFr.decimal(valeur, ligne.mesure().decimales()))
					.append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</tbody></table>");
	}

	private static void besoins(StringBuilder html, String titre, Besoins besoins) {
		if (besoins.vides()) {
			return;
		}
		html.append("<table class=\"large\"><thead><tr><th colspan=\"2\">")
			.append(TexteRiche.echapper(titre))
			.append(" – besoins pour atteindre ces projections</th></tr></thead><tbody>");
		ligne(html, "Emplois vacants", etp(besoins.etpVacants()));
		ligne(html, "Emplois à créer", etp(besoins.etpACreer()));
		ligne(html, "Compétences recherchées", texte(besoins.competences()));
		ligne(html, "Autres besoins identifiés", texte(besoins.autresBesoins()));
		html.append("</tbody></table>");
	}

	private static void projets(StringBuilder html, String titre, List<Projet> projets) {
		if (projets.isEmpty()) {
			return;
		}
		html.append("<table class=\"large\"><thead><tr><th colspan=\"5\">")
			.append(TexteRiche.echapper(titre))
			.append(" – projets d'investissement (à titre indicatif)</th></tr><tr><th>Type</th><th>Description</th>")
			.append("<th>Coût indicatif</th><th>Année cible</th><th>Ingénierie et moyens humains nécessaires</th>")
			.append("</tr></thead><tbody>");
		for (Projet projet : projets) {
			html.append("<tr><td>")
				.append(TexteRiche.echapper(projet.type().libelle()))
				.append("</td><td>")
				.append(texte(projet.description()))
				.append("</td><td>")
				.append((projet.cout() == null) ? "—" : TexteRiche.echapper(NombresFr.montant(projet.cout())))
				.append("</td><td>")
				.append((projet.anneeCible() == null) ? "—" : projet.anneeCible())
				.append("</td><td>")
				.append(projet.ingenierieNecessaire() ? texte(projet.ingenierie()) : "Aucune")
				.append("</td></tr>");
		}
		html.append("</tbody></table>");
	}

	private static void ligne(StringBuilder html, String libelle, String valeurHtml) {
		html.append("<tr><td>").append(libelle).append("</td><td>").append(valeurHtml).append("</td></tr>");
	}

	private static String etp(@Nullable BigDecimal valeur) {
		return (valeur == null) ? "—" : NombresFr.decimal(valeur, 2) + " ETP";
	}

	/** Plain text escaped, its line breaks kept. */
	private static String texte(String texte) {
		return texte.isBlank() ? "—" : TexteRiche.echapper(texte).replace("\n", "<br/>");
	}

}
