package fr.atelierctg.annexe.pilotage;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.annexe.AnnexeStructuree;
import fr.atelierctg.annexe.pilotage.PilotageLu.ChargeCooperationLu;
import fr.atelierctg.annexe.pilotage.PilotageLu.CommissionLue;
import fr.atelierctg.annexe.pilotage.PilotageLu.DelegationLue;
import fr.atelierctg.annexe.pilotage.PilotageLu.MembreCopilLu;
import fr.atelierctg.annexe.pilotage.PilotageLu.MembreTechniqueLu;
import fr.atelierctg.annexe.pilotage.PilotageLu.PresidenceLue;
import fr.atelierctg.common.francais.NombresFr;
import fr.atelierctg.convention.ConventionLue;

/**
 * Annex 4 in the document, after the model's text: the comité de pilotage (presidency as
 * in article 6, members by signatory, frequency, missions), the comité technique, the
 * commissions de travail and the chargés de coopération with their total ETP. Nothing is
 * added while the annex is empty.
 */
@Component
class AnnexePilotage implements AnnexeStructuree {

	private final PilotageApi pilotage;

	AnnexePilotage(PilotageApi pilotage) {
		this.pilotage = pilotage;
	}

	@Override
	public String cle() {
		return "pilotage";
	}

	@Override
	public boolean renseignee(ConventionLue convention) {
		return this.pilotage.lire(convention).renseignee();
	}

	@Override
	public String html(ConventionLue convention) {
		return html(this.pilotage.lire(convention));
	}

	static String html(PilotageLu annexe) {
		if (annexe.vide()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		comitePilotage(html, annexe);
		comiteTechnique(html, annexe);
		commissions(html, annexe.commissions());
		charges(html, annexe);
		return html.toString();
	}

	private static void comitePilotage(StringBuilder html, PilotageLu annexe) {
		html.append("<h3>Comité de pilotage</h3>");
		PresidenceLue presidence = annexe.presidence();
		if (!presidence.texte().isBlank()) {
			String phrase = presidence.texte().strip();
			if (presidence.article() != null) {
				phrase = sansPointFinal(phrase) + " (article " + presidence.article() + ").";
			}
			html.append("<p><strong>Présidence : </strong>").append(TexteRiche.echapper(phrase)).append("</p>");
		}
		frequence(html, annexe.comitePilotage().frequence(), annexe.comitePilotage().precisionFrequence());
		List<DelegationLue> representees = annexe.comitePilotage()
			.delegations()
			.stream()
			.filter((d) -> !d.membres().isEmpty())
			.toList();
		if (!representees.isEmpty()) {
			html.append("<p><strong>Composition :</strong></p>");
			html.append("<table><thead><tr><th>Signataire</th><th>Membre</th><th>Fonction ou qualité</th></tr>")
				.append("</thead><tbody>");
			for (DelegationLue delegation : representees) {
				for (MembreCopilLu membre : delegation.membres()) {
					ligne(html, delegation.signataire(), tiret(membre.nomAffiche()), tiret(membre.fonction()));
				}
			}
			html.append("</tbody></table>");
		}
		missions(html, annexe.comitePilotage().missions());
	}

	private static void comiteTechnique(StringBuilder html, PilotageLu annexe) {
		PilotageLu.ComiteTechniqueLu technique = annexe.comiteTechnique();
		if (technique.membres().isEmpty() && technique.frequence() == null && technique.missions().isBlank()) {
			return;
		}
		html.append("<h3>Comité technique</h3>");
		frequence(html, technique.frequence(), technique.precisionFrequence());
		if (!technique.membres().isEmpty()) {
			html.append("<p><strong>Composition :</strong></p>");
			html.append("<table><thead><tr><th>Nom</th><th>Fonction</th><th>Organisme</th></tr></thead><tbody>");
			for (MembreTechniqueLu membre : technique.membres()) {
				ligne(html, tiret(membre.nom()), tiret(membre.fonction()), tiret(membre.organisme()));
			}
			html.append("</tbody></table>");
		}
		missions(html, technique.missions());
	}

	private static void commissions(StringBuilder html, List<CommissionLue> commissions) {
		if (commissions.isEmpty()) {
			return;
		}
		html.append("<h3>Commissions de travail</h3>");
		for (CommissionLue commission : commissions) {
			html.append("<h4>").append(TexteRiche.echapper(commission.intitule())).append("</h4>");
			champ(html, "Thème ou axe", commission.theme());
			champ(html, "Composition et animation", commission.composition());
			champ(html, "Fréquence des réunions", commission.frequence());
		}
	}

	private static void charges(StringBuilder html, PilotageLu annexe) {
		if (annexe.chargesCooperation().isEmpty()) {
			return;
		}
		html.append("<h3>Chargés de coopération</h3>");
		html.append("<table><thead><tr><th>Nom</th><th>Employeur</th><th>Temps de travail</th>")
			.append("<th>Financement de la Caf</th></tr></thead><tbody>");
		for (ChargeCooperationLu charge : annexe.chargesCooperation()) {
			ligne(html, charge.nom(), charge.employeur(), etp(charge.etp()), tiret(charge.financementCaf()));
		}
		html.append("</tbody></table>");
		html.append("<p><strong>Total : ").append(TexteRiche.echapper(etp(annexe.etpTotal()))).append("</strong></p>");
	}

	/** "0,50 ETP", with the narrow no-break space of French numbers. */
	static String etp(java.math.BigDecimal etp) {
		return NombresFr.decimal(etp, 2) + "\u00A0ETP";
	}

	private static void frequence(StringBuilder html, Frequence frequence, String precision) {
		if (frequence != null) {
			html.append("<p><strong>Fréquence des réunions : </strong>")
				.append(TexteRiche.echapper(sansPointFinal(frequence.texte(precision)) + "."))
				.append("</p>");
		}
	}

	private static void missions(StringBuilder html, String missions) {
		if (!missions.isBlank()) {
			// sanitized on save (TexteRiche): inserted as is
			html.append("<p><strong>Missions :</strong></p>").append(missions);
		}
	}

	private static void champ(StringBuilder html, String libelle, String valeur) {
		if (!valeur.isBlank()) {
			html.append("<p><strong>")
				.append(libelle)
				.append(" : </strong>")
				.append(TexteRiche.echapper(valeur).replaceAll("\\R", "<br/>"))
				.append("</p>");
		}
	}

	private static void ligne(StringBuilder html, String... cellules) {
		html.append("<tr>");
		for (String cellule : cellules) {
			html.append("<td>").append(TexteRiche.echapper(cellule)).append("</td>");
		}
		html.append("</tr>");
	}

	private static String tiret(String texte) {
		return texte.isBlank() ? "—" : texte;
	}

	private static String sansPointFinal(String phrase) {
		return phrase.endsWith(".") ? phrase.substring(0, phrase.length() - 1) : phrase;
	}

}
