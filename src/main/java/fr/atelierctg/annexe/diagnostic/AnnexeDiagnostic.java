package fr.atelierctg.annexe.diagnostic;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.annexe.AnnexeStructuree;
import fr.atelierctg.convention.ConventionLue;

/**
 * Annex 1 in the document: the model's sections in order (I, II a–d, III a–g), each with
 * the Caf's text, then each collectivité's contribution, their key figures in tables with
 * source and year; the population of the signatories from the referential under II a.
 */
@Component
class AnnexeDiagnostic implements AnnexeStructuree {

	private final DiagnosticApi diagnostic;

	AnnexeDiagnostic(DiagnosticApi diagnostic) {
		this.diagnostic = diagnostic;
	}

	@Override
	public String cle() {
		return "diagnostic";
	}

	/** The sections printed here carry the model's titles and its paragraph of III a. */
	@Override
	public boolean remplaceLeTexteDuModele() {
		return true;
	}

	@Override
	public boolean renseignee(ConventionLue convention) {
		return this.diagnostic.lire(convention).renseigne();
	}

	@Override
	public String html(ConventionLue convention) {
		return html(this.diagnostic.lire(convention));
	}

	static String html(DiagnosticLu diagnostic) {
		StringBuilder html = new StringBuilder();
		for (Partie partie : Partie.values()) {
			html.append("<h3>").append(TexteRiche.echapper(partie.intitule())).append("</h3>");
			for (SectionLue section : diagnostic.de(partie)) {
				if (!section.section().estLaPartie()) {
					html.append("<h4>").append(TexteRiche.echapper(section.section().intitule())).append("</h4>");
				}
				html.append(section.section().texteDuModele());
				if (section.section() == SectionDiagnostic.POPULATION_GENERALE) {
					populations(html, diagnostic.populations());
				}
				texte(html, section.caf());
				for (TexteLu contribution : section.contributions()) {
					if (!contribution.estVide()) {
						html.append("<p><strong>")
							.append(TexteRiche.echapper(contribution.titre()))
							.append("</strong></p>");
						texte(html, contribution);
					}
				}
			}
		}
		return html.toString();
	}

	private static void texte(StringBuilder html, TexteLu texte) {
		// sanitized on save: inserted as is, never evaluated
		html.append(texte.texte());
		if (texte.chiffres().isEmpty()) {
			return;
		}
		html.append("<table><thead><tr><th>Chiffre clé</th><th>Valeur</th><th>Source</th><th>Année</th></tr>")
			.append("</thead><tbody>");
		for (ChiffreCle chiffre : texte.chiffres()) {
			ligne(html, chiffre.libelle(), chiffre.valeurEtUnite(), chiffre.source(),
					Integer.toString(chiffre.annee()));
		}
		html.append("</tbody></table>");
	}

	private static void populations(StringBuilder html, List<PopulationSignataire> populations) {
		if (populations.isEmpty()) {
			return;
		}
		html.append("<p><strong>Population des signataires</strong></p>")
			.append("<table><thead><tr><th>Collectivité</th><th>Population</th><th>Source</th><th>Année</th></tr>")
			.append("</thead><tbody>");
		for (PopulationSignataire population : populations) {
			ligne(html, population.collectivite(), population.populationEnClair(),
					(population.source() == null) ? "—" : population.source(),
					(population.annee() == null) ? "—" : population.annee().toString());
		}
		html.append("</tbody></table>");
	}

	private static void ligne(StringBuilder html, String... cellules) {
		html.append("<tr>");
		for (String cellule : cellules) {
			html.append("<td>").append(TexteRiche.echapper(cellule)).append("</td>");
		}
		html.append("</tr>");
	}

}
