package fr.atelierctg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.common.francais.Liaison;
import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignatureLu;
import fr.atelierctg.modele.ModeleConvention;
import fr.atelierctg.tenancy.CafVue;

/**
 * Writes an avenant out: the parties of the convention (authorised to sign "le présent
 * avenant"), the convention's visas plus the convention and the previous avenants, an
 * article for its purpose, one per modification quoting the old and the new wording, its
 * date d'effet, and the closing with its own signatures.
 */
final class RedactionAvenant {

	private RedactionAvenant() {
	}

	static DocumentRedige rediger(AvenantARediger avenant, ModeleConvention modele, CafVue caf) {
		ConventionLue convention = avenant.convention();
		List<DocumentRedige.Section> articles = new ArrayList<>();
		articles.add(article(articles, "Objet de l'avenant", paragraphe("Le présent avenant a pour objet : "
				+ avenant.objet().strip() + (avenant.objet().strip().endsWith(".") ? "" : "."))));
		for (AvenantARediger.Modification modification : avenant.modifications()) {
			articles
				.add(article(articles, "Modification " + designation(modification, true), modification(modification)));
		}
		articles.add(article(articles, "Date d'effet",
				paragraphe((avenant.dateEffet() == null)
						? "Le présent avenant prend effet à la date de sa dernière signature."
						: "Le présent avenant prend effet le " + DatesFr.longue(avenant.dateEffet()) + ".")));
		articles.add(article(articles, "Autres stipulations",
				paragraphe("Les autres stipulations de la convention demeurent inchangées.")));
		ConventionLue signataires = convention.avecSignatures(avenant.signatures());
		return new DocumentRedige("Avenant n° " + avenant.numero() + " à la convention territoriale globale",
				convention.territoire(),
				"Convention conclue " + DatesFr.periode(convention.periode().debut(), convention.periode().fin()),
				avenant.projet(), Parties.parties(convention, caf, "le présent avenant", false),
				visas(avenant, modele, caf), null, articles, faitA(avenant, signataires),
				"En autant d'exemplaires originaux que de signataires.", Parties.signatures(signataires, caf),
				List.of());
	}

	private static DocumentRedige.Section article(List<DocumentRedige.Section> avant, String titre, String html) {
		int numero = avant.size() + 1;
		return new DocumentRedige.Section("article-" + numero, "Article " + numero, titre, html);
	}

	/** "de l'article 10 « Durée de la convention »", "L'annexe 2 « … »". */
	private static String designation(AvenantARediger.Modification modification, boolean complement) {
		String quoi = modification.annexe() ? "annexe " : "article ";
		return (complement ? "de l'" : "L'") + quoi + modification.numero() + " « " + modification.titre().strip()
				+ " »";
	}

	private static String modification(AvenantARediger.Modification modification) {
		return paragraphe(designation(modification, false) + " est ainsi "
				+ (modification.annexe() ? "modifiée" : "modifié") + " :")
				+ "<p><strong>Ancienne rédaction :</strong></p><div class=\"citation ancienne\">"
				+ citation(modification.ancienTexte()) + "</div><p><strong>Nouvelle rédaction :</strong></p>"
				+ "<div class=\"citation nouvelle\">" + citation(modification.nouveauTexte()) + "</div>";
	}

	/** The quoted wording between French quotation marks. */
	private static String citation(String html) {
		String texte = (html == null || html.isBlank()) ? "<p>(sans texte)</p>" : html;
		return "<p class=\"guillemet\">«</p>" + texte + "<p class=\"guillemet\">»</p>";
	}

	private static List<String> visas(AvenantARediger avenant, ModeleConvention modele, CafVue caf) {
		List<String> visas = new ArrayList<>();
		for (String visa : RedactionDocument.visas(avenant.convention(), modele, caf)) {
			visas.add(visa.replace("de la présente convention", "de la convention"));
		}
		visas.add("Vu la convention territoriale globale "
				+ DatesFr.periode(avenant.convention().periode().debut(), avenant.convention().periode().fin())
				+ (avenant.signatureConvention() == null ? ""
						: ", signée le " + DatesFr.longue(avenant.signatureConvention()))
				+ " ;");
		for (AvenantARediger.Precedent precedent : avenant.precedents()) {
			visas.add("Vu l'avenant n° " + precedent.numero() + " à cette convention, signé le "
					+ DatesFr.longue(precedent.signeLe()) + " ;");
		}
		return visas;
	}

	private static String faitA(AvenantARediger avenant, ConventionLue signataires) {
		Optional<SignatureLu> derniere = signataires.derniereSignature();
		if (derniere.isPresent()) {
			String lieu = derniere.get().lieu();
			return "Fait " + Liaison.deviner(lieu).a(lieu) + ", le " + DatesFr.longue(derniere.get().date()) + ".";
		}
		String lieu = (avenant.lieu() == null) ? "" : avenant.lieu().strip();
		return lieu.isEmpty() ? "Fait à la date de la dernière signature."
				: "Fait " + Liaison.deviner(lieu).a(lieu) + ", à la date de la dernière signature.";
	}

	private static String paragraphe(String texte) {
		return "<p>" + TexteRiche.echapper(texte) + "</p>";
	}

}
