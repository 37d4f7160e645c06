package fr.atelierctg.annexe.competences;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.annexe.AnnexeStructuree;
import fr.atelierctg.common.francais.NombresFr;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;

/**
 * The AO competence table in annex 3 ("Tableau récapitulatif des compétences des
 * autorités organisatrices" of the CNAF model): a wide table on landscape pages, its
 * header repeated. Whether annex 3 is filled is for the action plan to say.
 */
@Component
@Order(2) // annex 3 prints the axes and fiches, then the AO table, then the projections
class AnnexeCompetences implements AnnexeStructuree {

	private final CompetencesApi competences;

	AnnexeCompetences(CompetencesApi competences) {
		this.competences = competences;
	}

	@Override
	public String cle() {
		return "plan-actions";
	}

	@Override
	public boolean renseignee(ConventionLue convention) {
		return false;
	}

	@Override
	public String html(ConventionLue convention) {
		return html(this.competences.presentation(convention));
	}

	static String html(TableauAo tableau) {
		if (tableau.lignes().isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder(
				"<h3 class=\"paysage\">Tableau récapitulatif des compétences des autorités organisatrices de l'accueil du jeune enfant</h3>");
		html.append("<table class=\"large\"><thead><tr><th>Collectivité</th><th>Population (source, année)</th>");
		for (Competence competence : Competence.values()) {
			html.append("<th>")
				.append(competence.numero())
				.append("° ")
				.append(TexteRiche.echapper(competence.libelle()))
				.append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (LigneAo ligne : tableau.lignes()) {
			html.append("<tr><td>")
				.append(TexteRiche.echapper(nom(ligne)))
				.append("</td><td>")
				.append(population(ligne))
				.append("</td>");
			for (Competence competence : Competence.values()) {
				html.append("<td>").append(cellule(ligne, competence)).append("</td>");
			}
			html.append("</tr>");
		}
		tableau.communes()
			.stream()
			.map(LigneAo::populationReferentiel)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.ifPresent(
					(p) -> html.append("<tr><td colspan=\"6\">Population totale légale (INSEE) selon le référentiel : ")
						.append(TexteRiche.echapper(p.source() + ", millésime " + p.annee()))
						.append(", sauf source indiquée dans la ligne.</td></tr>"));
		return html.append("</tbody></table>").toString();
	}

	static String nom(LigneAo ligne) {
		return ligne.estUneCommune() ? ligne.nom() : Designations.nomSansPrefixe(ligne.nom()) + " (EPCI)";
	}

	private static String population(LigneAo ligne) {
		if (!ligne.estUneCommune()) {
			return "Population des communes ayant transféré : voir chaque compétence";
		}
		Population saisie = ligne.populationSaisie();
		if (saisie != null) {
			return TexteRiche
				.echapper(NombresFr.entier(saisie.valeur()) + " (" + saisie.source() + ", " + saisie.annee() + ")");
		}
		Population referentiel = ligne.populationReferentiel();
		return (referentiel == null) ? "non renseignée"
				: TexteRiche.echapper(NombresFr.entier(referentiel.valeur()) + " (INSEE, " + referentiel.annee() + ")");
	}

	private static String cellule(LigneAo ligne, Competence competence) {
		String detail = ligne.populationTransfereeEnClair(competence);
		return TexteRiche.echapper(ligne.libelle(competence))
				+ (detail.isEmpty() ? "" : "<br/>" + TexteRiche.echapper(detail));
	}

}
