package fr.atelierctg.annexe.plan;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import fr.atelierctg.document.DocumentApi;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.IntegrationTest;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;

/** Annex 3 in the final PDF: axes, numbered fiches, labels of the filled rubrics only. */
@IntegrationTest
class PlanActionsPdfTest {

	@Autowired
	Plans plans;

	@Autowired
	PlanActionsApi api;

	@Autowired
	DocumentApi documents;

	@Test
	void lePdfMontreLesAxesEtLesFichesNumeroteesAvecLeursRubriquesRenseignees() throws IOException {
		Plans.Convention c = this.plans.nouvelle();
		UtilisateurConnecte charge = this.plans.chargeVga(c.caf(), "Camille", "Coopération");
		byte[] pdf = Comptes.en(c.conseiller(), () -> {
			long accueil = this.api.ajouterAxe(c.id(),
					new AxeCommande("Garantir l'équité d'accès et la qualité des accueils", null));
			long parentalite = this.api.ajouterAxe(c.id(), new AxeCommande("Accompagner la parentalité", null));
			this.api.ajouterAction(c.id(), Plans.fiche(accueil, "Élaborer un schéma pluriannuel", c.epci()));
			this.api.ajouterAction(c.id(), new FicheActionCommande(accueil, "Valoriser le métier d'assistant maternel",
					"<p>Un tiers des assistants maternels partira à la retraite d'ici 2029.</p>", "", "",
					"<ul><li>Réunions d'information au relais petite enfance</li></ul>",
					"2026 : campagne\n2027 : bilan", "", "", "", "<p>Nombre d'agréments délivrés chaque année</p>",
					"<p>Marmande : {{periode}}</p>", c.agme(), charge.id(), null));
			this.api.ajouterAction(c.id(), Plans.fiche(parentalite, "Soutenir le réseau parentalité", c.caisse()));
			return this.documents.pdf(c.id()).contenu();
		});
		String texte;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			texte = new PDFTextStripper().getText(document).replaceAll("[\\s\\u202F\\u00A0]+", " ");
		}
		String annexe = texte.substring(texte.indexOf("Axe 1 : Garantir"));
		assertThat(annexe).contains("Action 1.1 – Élaborer un schéma pluriannuel")
			.contains("Action 1.2 – Valoriser le métier d'assistant maternel")
			.contains("Axe 2 : Accompagner la parentalité")
			.contains("Action 2.1 – Soutenir le réseau parentalité")
			.contains("Pilote La commune d'Agmé")
			.contains("Chargé·e de coopération Camille Coopération")
			.contains("Diagnostic initial Un tiers des assistants maternels partira à la retraite d'ici 2029.")
			.contains("Modalités de mise en œuvre")
			.contains("Réunions d'information au relais petite enfance")
			.contains("Échéances de réalisation 2026 : campagne 2027 : bilan")
			.contains("Indicateurs d'évaluation Nombre d'agréments délivrés chaque année")
			.contains("Spécificités par autorité organisatrice signataire Marmande : {{periode}}")
			.doesNotContain("Public cible")
			.doesNotContain("Partenaires sollicités");
		assertThat(annexe.indexOf("Action 1.2")).isLessThan(annexe.indexOf("Axe 2 :"));
	}

}
