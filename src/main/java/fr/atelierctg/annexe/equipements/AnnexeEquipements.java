package fr.atelierctg.annexe.equipements;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.annexe.AnnexeStructuree;
import fr.atelierctg.common.francais.NombresFr;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.modele.Gabarit;

/**
 * Annex 2 in the document: one table per signatory collectivité, headers repeated on each
 * page.
 */
@Component
class AnnexeEquipements implements AnnexeStructuree {

	private final EquipementsApi equipements;

	AnnexeEquipements(EquipementsApi equipements) {
		this.equipements = equipements;
	}

	@Override
	public String cle() {
		return "equipements";
	}

	@Override
	public boolean renseignee(ConventionLue convention) {
		return this.equipements.listes(convention.id()).values().stream().anyMatch((liste) -> !liste.isEmpty());
	}

	@Override
	public String html(ConventionLue convention) {
		return html(convention, this.equipements.listes(convention.id()));
	}

	static String html(ConventionLue convention, Map<Long, List<LigneEquipement>> listes) {
		StringBuilder html = new StringBuilder();
		List<String> sansEquipement = new java.util.ArrayList<>();
		for (SignataireLu collectivite : convention.collectivites()) {
			List<LigneEquipement> lignes = listes.getOrDefault(collectivite.id(), List.of());
			if (lignes.isEmpty()) {
				sansEquipement.add(Designations.designation(collectivite.identite()));
				continue;
			}
			html.append("<p><strong>")
				.append(TexteRiche
					.echapper(Gabarit.majusculeInitiale(Designations.designation(collectivite.identite()))))
				.append("</strong></p>");
			html.append("<table><thead><tr><th>Type</th><th>Nom</th><th>Gestionnaire</th><th>Adresse</th>")
				.append("<th>Commune</th><th>Capacité</th></tr></thead><tbody>");
			for (LigneEquipement ligne : lignes) {
				html.append("<tr>");
				for (String cellule : List.of(ligne.type().libelle(), ligne.nom(), ligne.gestionnaire(),
						ligne.adresse(), ligne.commune(), capacite(ligne))) {
					html.append("<td>").append(TexteRiche.echapper(cellule)).append("</td>");
				}
				html.append("</tr>");
			}
			html.append("</tbody></table>");
		}
		// one sentence rather than forty "none" headings for the communes of a large EPCI
		if (!sansEquipement.isEmpty()) {
			html.append("<p>Aucun équipement ni service déclaré pour ")
				.append(TexteRiche.echapper(Designations.enumerer(sansEquipement)))
				.append(".</p>");
		}
		return html.toString();
	}

	/** "40 places", "1,50 ETP", or a dash for types without capacity. */
	private static String capacite(LigneEquipement ligne) {
		BigDecimal capacite = ligne.capacite();
		Capacite unite = ligne.type().capacite();
		if (capacite == null || unite == Capacite.AUCUNE) {
			return "—";
		}
		return NombresFr.decimal(capacite, unite == Capacite.ETP ? 2 : 0) + " " + unite.unite();
	}

}
