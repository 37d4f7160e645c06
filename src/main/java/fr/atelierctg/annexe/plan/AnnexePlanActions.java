package fr.atelierctg.annexe.plan;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.annexe.AnnexeStructuree;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;
import fr.atelierctg.modele.Gabarit;

/**
 * Annex 3 in the document: each axis as a heading, each fiche action as a two-column
 * table (rubric, content) whose header row — the action's number and title — is repeated
 * when a long fiche runs onto the next page; a row never splits across pages.
 */
@Component
@Order(1) // annex 3 prints the axes and fiches, then the AO table, then the projections
class AnnexePlanActions implements AnnexeStructuree {

	private final PlanActionsApi plans;

	AnnexePlanActions(PlanActionsApi plans) {
		this.plans = plans;
	}

	@Override
	public String cle() {
		return "plan-actions";
	}

	@Override
	public boolean renseignee(ConventionLue convention) {
		return !this.plans.plan(convention).toutesLesActions().isEmpty();
	}

	@Override
	public boolean porteDesIndicateursDeSuivi(ConventionLue convention) {
		return this.plans.plan(convention)
			.toutesLesActions()
			.stream()
			.anyMatch((action) -> action.fiche().renseignee(Rubrique.INDICATEURS));
	}

	@Override
	public String html(ConventionLue convention) {
		return html(convention, this.plans.plan(convention));
	}

	static String html(ConventionLue convention, PlanActionsLu plan) {
		StringBuilder html = new StringBuilder();
		for (AxeLu axe : plan.axes()) {
			html.append("<h3>Axe ")
				.append(axe.numero())
				.append(" : ")
				.append(TexteRiche.echapper(axe.intitule()))
				.append("</h3>");
			if (axe.actions().isEmpty()) {
				html.append("<p>Aucune action n'est inscrite dans cet axe.</p>");
			}
			axe.actions().forEach((action) -> fiche(html, convention, action));
		}
		return html.toString();
	}

	private static void fiche(StringBuilder html, ConventionLue convention, ActionLu action) {
		html.append("<table><thead><tr><th colspan=\"2\">Action ")
			.append(action.numero())
			.append(" – ")
			.append(TexteRiche.echapper(action.intitule()))
			.append("</th></tr></thead><tbody>");
		String pilote = (action.piloteSignataireId() == null) ? null
				: convention.signataire(action.piloteSignataireId())
					.map((s) -> Gabarit.majusculeInitiale(Designations.designation(s.identite())))
					.orElse(null);
		ligne(html, "Pilote", (pilote == null) ? "À désigner" : TexteRiche.echapper(pilote), true);
		if (action.chargeCooperation() != null) {
			ligne(html, "Chargé·e de coopération", TexteRiche.echapper(action.chargeCooperation()), false);
		}
		for (Rubrique rubrique : Rubrique.values()) {
			if (action.fiche().renseignee(rubrique)) {
				String valeur = action.fiche().valeur(rubrique);
				ligne(html, rubrique.libelle(),
						rubrique.riche() ? valeur : TexteRiche.echapper(valeur).replace("\n", "<br />"), false);
			}
		}
		html.append("</tbody></table>");
	}

	/** A label and its content; the first row fixes the width of the label column. */
	private static void ligne(StringBuilder html, String libelle, String contenu, boolean premiere) {
		html.append(premiere ? "<tr><th width=\"30%\">" : "<tr><th>")
			.append(TexteRiche.echapper(libelle))
			.append("</th><td>")
			.append(contenu)
			.append("</td></tr>");
	}

}
