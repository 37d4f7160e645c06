package fr.atelierctg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.common.francais.Liaison;
import fr.atelierctg.convention.AnnexeLu;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;
import fr.atelierctg.convention.DeliberationLue;
import fr.atelierctg.convention.NatureArticle;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.modele.Gabarit;
import fr.atelierctg.modele.Gabarit.Valeur;
import fr.atelierctg.modele.ModeleConvention;
import fr.atelierctg.tenancy.CafVue;

/**
 * Writes a convention out in final French from its data and its model: parties, visas,
 * articles with their fields filled, closing, signature blocks, annexes (model text, then
 * the structured content each annex sub-module renders). All grammar is done here, by
 * code; nothing a user typed is ever evaluated.
 */
@Component
class RedactionDocument {

	DocumentRedige rediger(ConventionLue convention, ModeleConvention modele, CafVue caf,
			java.util.Map<Long, DeliberationLue> deliberations, Function<String, ContenuStructure> contenusStructures) {
		Function<String, Optional<Valeur>> champs = champs(convention, modele, caf);
		List<DocumentRedige.Section> articles = new ArrayList<>();
		DocumentRedige.Section preambule = null;
		for (ArticleLu article : convention.articles()) {
			Function<String, Optional<Valeur>> champsArticle = champsDeLArticle(convention, article, champs);
			DocumentRedige.Section section = new DocumentRedige.Section(ancre(article),
					article.nature() == NatureArticle.PREAMBULE ? "" : article.intitule(), texte(Gabarit
						.remplir(org.springframework.web.util.HtmlUtils.htmlEscape(article.titre()), champsArticle)),
					Gabarit.remplir(article.contenu(), champsArticle));
			if (article.nature() == NatureArticle.PREAMBULE) {
				preambule = section;
			}
			else {
				articles.add(section);
			}
		}
		List<DocumentRedige.Section> annexes = new ArrayList<>();
		for (AnnexeLu annexe : convention.annexes()) {
			String html = annexe.duModele() ? modele.annexes()
				.stream()
				.filter((texte) -> texte.cle().equals(annexe.cle()))
				.findFirst()
				.map(ModeleConvention.TexteModele::html)
				.orElse("") : annexe.contenu();
			ContenuStructure structure = contenusStructures.apply(annexe.cle());
			String texte = (annexe.duModele() && structure.remplaceLeModele()) ? "" : Gabarit.remplir(html, champs);
			String corps = annexe.estUnPdf() ? documentJoint(annexe) : texte + structure.html();
			if (annexe.cle().equals("deliberations")) {
				corps += listeDesDeliberations(convention, deliberations);
			}
			annexes.add(new DocumentRedige.Section("annexe-" + annexe.cle(), annexe.intitule(), annexe.titre(), corps));
		}
		return new DocumentRedige(modele.titre(), convention.territoire(),
				DatesFr.periode(convention.periode().debut(), convention.periode().fin()),
				convention.statut().enRedaction(), Parties.parties(convention, caf), visas(convention, modele, caf),
				preambule, articles, faitA(convention), "En autant d'exemplaires originaux que de signataires.",
				Parties.signatures(convention, caf), annexes);
	}

	/**
	 * What the annex sub-modules render for an annex key.
	 *
	 * @param remplaceLeModele the content already holds what the model's text says (its
	 * section titles): print it instead of the model's text
	 */
	record ContenuStructure(String html, boolean remplaceLeModele) {

		static final ContenuStructure AUCUN = new ContenuStructure("", false);

	}

	private static String ancre(ArticleLu article) {
		return article.nature() == NatureArticle.PREAMBULE ? "preambule" : "article-" + article.numero();
	}

	private static String texte(String html) {
		return org.jsoup.Jsoup.parseBodyFragment(html).text();
	}

	/** The pages of the uploaded file follow in the final PDF. */
	private static String documentJoint(AnnexeLu annexe) {
		return "<p>" + HtmlUtils.htmlEscape("Document joint : « " + annexe.fichier().nom() + " » ("
				+ annexe.fichier().pagesEnClair() + "), reproduit aux pages suivantes.", "UTF-8") + "</p>";
	}

	/**
	 * The deliberations deposited, in the order of the signatories; their pages follow
	 * the annex.
	 */
	private static String listeDesDeliberations(ConventionLue convention,
			java.util.Map<Long, DeliberationLue> deposees) {
		StringBuilder liste = new StringBuilder();
		for (SignataireLu signataire : convention.signataires()) {
			DeliberationLue deliberation = deposees.get(signataire.id());
			if (deliberation == null) {
				continue;
			}
			String date = signataire.deliberationDate() == null ? ""
					: " du " + DatesFr.longue(signataire.deliberationDate());
			String designation = signataire.type() == TypeSignataire.CAF ? "la Caf"
					: Designations.designation(signataire.identite());
			liste.append("<li>")
				.append(HtmlUtils.htmlEscape("Délibération " + Designations.de(designation) + date + " ("
						+ deliberation.pages() + (deliberation.pages() > 1 ? " pages" : " page") + ")", "UTF-8"))
				.append("</li>");
		}
		return liste.isEmpty() ? "" : "<p>Pièces jointes ci-après :</p><ul>" + liste + "</ul>";
	}

	/**
	 * "Fait à Marmande", "Fait au Mas-d'Agenais": the place takes its article like any
	 * place name.
	 */
	static String faitA(ConventionLue convention) {
		java.util.Optional<fr.atelierctg.convention.SignatureLu> derniere = convention.derniereSignature();
		if (derniere.isPresent()) {
			// the last signature concludes the convention: its place and date
			String lieuSigne = derniere.get().lieu();
			return "Fait " + Liaison.deviner(lieuSigne).a(lieuSigne) + ", le " + DatesFr.longue(derniere.get().date())
					+ ".";
		}
		String lieu = convention.lieuSignature() == null ? "" : convention.lieuSignature().strip();
		return lieu.isEmpty() ? "Fait à la date de la dernière signature."
				: "Fait " + Liaison.deviner(lieu).a(lieu) + ", à la date de la dernière signature.";
	}

	/** The fixed visas of the model, then one per deliberating body. */
	static List<String> visas(ConventionLue convention, ModeleConvention modele, CafVue caf) {
		List<String> visas = new ArrayList<>(modele.visas());
		int numeroAnnexe = modele.annexes()
			.stream()
			.map(ModeleConvention.TexteModele::cle)
			.toList()
			.indexOf("deliberations") + 1;
		for (SignataireLu signataire : convention.signataires()) {
			String instance = signataire.deliberationInstance();
			if (instance == null || instance.isBlank()) {
				continue;
			}
			String date = signataire.deliberationDate() == null ? ""
					: " en date du " + DatesFr.longue(signataire.deliberationDate());
			if (signataire.type() == TypeSignataire.CAF) {
				visas.add("Vu la délibération du " + instance + " " + Designations.de("la " + caf.nom()) + date
						+ " concernant la stratégie pluriannuelle de renouvellement des Ctg ;");
			}
			else {
				visas.add("Vu la délibération du " + instance + " "
						+ Designations.de(Designations.designation(signataire.identite())) + date
						+ (numeroAnnexe > 0 ? " figurant en annexe " + numeroAnnexe + " de la présente convention" : "")
						+ " ;");
			}
		}
		return visas;
	}

	private static Function<String, Optional<Valeur>> champs(ConventionLue convention, ModeleConvention modele,
			CafVue caf) {
		String collectivites = Designations.collectivites(convention.collectivites());
		String territoire = (convention.territoire() == null || convention.territoire().isBlank())
				? convention.collectivites()
					.stream()
					.findFirst()
					.map((s) -> Designations.denomination(s.identite()))
					.orElse("")
				: convention.territoire();
		Map<String, Valeur> valeurs = new java.util.HashMap<>();
		valeurs.put("caf", Valeur.texte("la " + caf.nom()));
		valeurs.put("de_caf", Valeur.texte(Designations.de("la " + caf.nom())));
		valeurs.put("collectivites", Valeur.texte(collectivites));
		valeurs.put("de_collectivites", Valeur.texte(Designations.de(collectivites)));
		valeurs.put("territoire", Valeur.texte(territoire));
		valeurs.put("periode", Valeur.texte(DatesFr.periode(convention.periode().debut(), convention.periode().fin())));
		valeurs.put("date_debut", Valeur.texte(DatesFr.longue(convention.periode().debut())));
		valeurs.put("date_fin", Valeur.texte(DatesFr.longue(convention.periode().fin())));
		for (ArticleLu article : convention.articles()) {
			if (article.nature() == NatureArticle.ARTICLE) {
				valeurs.put("article." + article.cle(), Valeur.texte("article " + article.numero()));
			}
		}
		for (AnnexeLu annexe : convention.annexes()) {
			valeurs.put("annexe." + annexe.cle(), Valeur.texte("annexe " + annexe.numero()));
		}
		Function<String, Optional<Valeur>> simples = (nom) -> Optional.ofNullable(valeurs.get(nom));
		valeurs.put("presidence_copil",
				Valeur.bloc(modele.presidenceCopil(convention.presidenceCopil().name())
					.map((option) -> Gabarit.remplir(option.html(), simples))
					.orElse("")));
		valeurs.put("ctg_dans_ma_poche",
				Valeur.bloc(convention.ctgDansMaPoche() ? Gabarit.remplir(modele.ctgDansMaPoche(), simples) : ""));
		return simples;
	}

	private static Function<String, Optional<Valeur>> champsDeLArticle(ConventionLue convention, ArticleLu article,
			Function<String, Optional<Valeur>> champs) {
		if (article.signataireId() == null) {
			return champs;
		}
		Optional<SignataireLu> partenaire = convention.signataires()
			.stream()
			.filter((s) -> s.id() == article.signataireId())
			.findFirst();
		return (nom) -> switch (nom) {
			case "partenaire" -> partenaire.map((p) -> Valeur.texte(Designations.designation(p.identite())));
			case "de_partenaire" ->
				partenaire.map((p) -> Valeur.texte(Designations.de(Designations.designation(p.identite()))));
			default -> champs.apply(nom);
		};
	}

}
