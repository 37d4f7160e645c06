package fr.atelierctg.version;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.stereotype.Component;

import fr.atelierctg.convention.AnnexeLu;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.NatureArticle;
import fr.atelierctg.document.DocumentApi;
import fr.atelierctg.document.DocumentRedige;

/**
 * Takes the snapshot of a convention from its written-out document: what a reader of the
 * PDF sees, with the identities (article ids, annex keys) that let two snapshots be
 * compared. The document module does all the writing; this class only sorts it.
 */
@Component
class Instantane {

	private final ConventionApi conventions;

	private final DocumentApi documents;

	Instantane(ConventionApi conventions, DocumentApi documents) {
		this.conventions = conventions;
		this.documents = documents;
	}

	/** The snapshot and the PDF of this moment. */
	Photographie prendre(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		DocumentApi.PdfConvention pdf = this.documents.pdf(conventionId);
		return new Photographie(contenu(convention, pdf.document()), pdf.contenu());
	}

	/** The current state, not stored: to compare a version with today's text. */
	ContenuVersion actuel(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		return contenu(convention, this.documents.redige(conventionId));
	}

	record Photographie(ContenuVersion contenu, byte[] pdf) {
	}

	static ContenuVersion contenu(ConventionLue convention, DocumentRedige document) {
		List<ContenuVersion.Article> articles = new ArrayList<>();
		Iterator<DocumentRedige.Section> sections = document.articles().iterator();
		for (ArticleLu article : convention.articles()) {
			if (article.nature() == NatureArticle.PREAMBULE) {
				if (document.preambule() != null) {
					articles
						.add(new ContenuVersion.Article(article.id(), "", "Préambule", document.preambule().html()));
				}
			}
			else if (sections.hasNext()) {
				DocumentRedige.Section section = sections.next();
				articles
					.add(new ContenuVersion.Article(article.id(), section.numero(), section.titre(), section.html()));
			}
		}
		List<ContenuVersion.Annexe> annexes = new ArrayList<>();
		for (int i = 0; i < convention.annexes().size() && i < document.annexes().size(); i++) {
			annexes.add(annexe(convention.annexes().get(i), document.annexes().get(i)));
		}
		return new ContenuVersion(document.titre(), texte(document
			.sousTitre()), document.periode(), convention.statut().name(), document.parties()
				.stream()
				.map((partie) -> (Jsoup.parseBodyFragment(partie.html()).text() + " " + texte(partie.denomination()))
					.strip())
				.toList(), List.copyOf(document.visas()), texte(document.faitA()),
				document.signatures()
					.stream()
					.map((bloc) -> new ContenuVersion.Signature(texte(bloc.entite()), texte(bloc.qualite()),
							texte(bloc.nom()), texte(bloc.signe())))
					.toList(),
				List.copyOf(articles), List.copyOf(annexes));
	}

	private static ContenuVersion.Annexe annexe(AnnexeLu annexe, DocumentRedige.Section section) {
		Decoupe decoupe = new Decoupe();
		decoupe.lire(Jsoup.parseBodyFragment(section.html() == null ? "" : section.html()).body());
		return new ContenuVersion.Annexe(annexe.cle(), section.numero(), section.titre(), decoupe.textes(),
				decoupe.tableaux());
	}

	private static String texte(String texte) {
		return (texte == null) ? "" : texte;
	}

	/**
	 * Cuts an annex's HTML into passages under its headings and tables of labelled cells,
	 * in document order.
	 */
	private static final class Decoupe {

		private static final String TITRES = "h1, h2, h3, h4, h5, h6";

		private final List<ContenuVersion.Texte> textes = new ArrayList<>();

		private final List<ContenuVersion.Tableau> tableaux = new ArrayList<>();

		private String titre = "";

		private StringBuilder html = new StringBuilder();

		/** The last short block before a table names it (a collectivité's name). */
		private String dernierBloc = "";

		void lire(Element parent) {
			for (org.jsoup.nodes.Node noeud : parent.childNodes()) {
				if (noeud instanceof org.jsoup.nodes.TextNode texte) {
					if (!texte.isBlank()) {
						this.html.append(texte.outerHtml());
					}
				}
				else if (noeud instanceof Element element) {
					lireElement(element);
				}
			}
		}

		private void lireElement(Element element) {
			if (element.is("table")) {
				this.tableaux.add(tableau(element));
				this.dernierBloc = "";
			}
			else if (element.is(TITRES)) {
				terminer();
				this.titre = element.text();
				this.dernierBloc = "";
			}
			else if (element.select("table, " + TITRES).stream().anyMatch((e) -> e != element)) {
				lire(element);
			}
			else {
				this.html.append(element.outerHtml());
				this.dernierBloc = element.text();
			}
		}

		private ContenuVersion.Tableau tableau(Element table) {
			List<String> colonnes = table.select("thead tr")
				.stream()
				.findFirst()
				.map((ligne) -> textes(ligne.select("th, td")))
				.orElseGet(List::of);
			List<ContenuVersion.Ligne> lignes = new ArrayList<>();
			for (Element ligne : table.select("tr")) {
				if (ligne.parent() != null && ligne.parent().is("thead") || ligne.select("td").isEmpty()) {
					continue;
				}
				List<ContenuVersion.Cellule> cellules = new ArrayList<>();
				// every cell, the empty ones too, so that values stay under their header
				List<String> valeurs = textes(ligne.select("th, td"));
				for (int i = 0; i < valeurs.size(); i++) {
					cellules.add(new ContenuVersion.Cellule(
							(i < colonnes.size()) ? colonnes.get(i) : "Colonne " + (i + 1), valeurs.get(i)));
				}
				lignes.add(new ContenuVersion.Ligne(List.copyOf(cellules)));
			}
			String nom = (!this.dernierBloc.isBlank() && this.dernierBloc.length() <= 200) ? this.dernierBloc
					: this.titre.isBlank() ? "Tableau " + (this.tableaux.size() + 1) : this.titre;
			return new ContenuVersion.Tableau(nom, List.copyOf(colonnes), List.copyOf(lignes));
		}

		private static List<String> textes(org.jsoup.select.Elements cellules) {
			return cellules.stream().map(Element::text).toList();
		}

		private void terminer() {
			if (!this.html.toString().isBlank() || !this.titre.isBlank()) {
				this.textes.add(new ContenuVersion.Texte(this.titre, this.html.toString()));
			}
			this.html = new StringBuilder();
		}

		List<ContenuVersion.Texte> textes() {
			terminer();
			this.titre = "";
			return List.copyOf(this.textes);
		}

		List<ContenuVersion.Tableau> tableaux() {
			return List.copyOf(this.tableaux);
		}

	}

}
