package fr.atelierctg.version;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

import fr.atelierctg.common.texte.ComparaisonMots;
import fr.atelierctg.version.ComparaisonVersions.Etat;
import fr.atelierctg.version.ComparaisonVersions.Rubrique;
import fr.atelierctg.version.ComparaisonVersions.Texte;

/**
 * Compares two snapshots: articles by identity (a renumbered article is the same
 * article), annexes by key, an annex's passages and tables by title, tables row by row
 * ({@link ComparaisonTableaux}).
 */
final class Comparateur {

	private Comparateur() {
	}

	static List<Rubrique> comparer(ContenuVersion avant, ContenuVersion apres) {
		List<Rubrique> rubriques = new ArrayList<>();
		rubriques.add(rubrique("parties", "Titre, parties et visas", Etat.MODIFIE,
				List.of(texte("Titre et période", "", "", "", "", entete(avant), entete(apres)),
						texte("Parties", "", "", "", "", paragraphes(avant.parties()), paragraphes(apres.parties())),
						texte("Visas", "", "", "", "", paragraphes(avant.visas()), paragraphes(apres.visas())),
						texte("Fin de la convention", "", "", "", "", paragraphes(List.of(avant.faitA())),
								paragraphes(List.of(apres.faitA())))),
				List.of(ComparaisonTableaux.comparer("Signatures", signatures(avant), signatures(apres)))));
		rubriques.add(rubrique("articles", "Articles", Etat.MODIFIE, articles(avant, apres), List.of()));
		Map<String, ContenuVersion.Annexe> annexesAvant = parCle(avant.annexes(), ContenuVersion.Annexe::cle);
		Map<String, ContenuVersion.Annexe> annexesApres = parCle(apres.annexes(), ContenuVersion.Annexe::cle);
		for (ContenuVersion.Annexe annexe : apres.annexes()) {
			ContenuVersion.Annexe precedente = annexesAvant.get(annexe.cle());
			rubriques.add(annexe(precedente, annexe, (precedente == null) ? Etat.AJOUTE : Etat.MODIFIE));
		}
		for (ContenuVersion.Annexe annexe : avant.annexes()) {
			if (!annexesApres.containsKey(annexe.cle())) {
				rubriques.add(annexe(annexe, null, Etat.SUPPRIME));
			}
		}
		return List.copyOf(rubriques);
	}

	/** {@code etat} MODIFIE means "whatever its contents say". */
	private static Rubrique rubrique(String ancre, String titre, Etat etat, List<Texte> textes,
			List<ComparaisonVersions.Tableau> tableaux) {
		boolean identique = textes.stream().allMatch((t) -> t.etat() == Etat.IDENTIQUE)
				&& tableaux.stream().allMatch((t) -> t.etat() == Etat.IDENTIQUE);
		Etat final_ = (etat == Etat.MODIFIE && identique) ? Etat.IDENTIQUE : etat;
		return new Rubrique(ancre, titre, final_, textes, tableaux);
	}

	private static List<Texte> articles(ContenuVersion avant, ContenuVersion apres) {
		Map<Long, ContenuVersion.Article> articlesAvant = parCle(avant.articles(), ContenuVersion.Article::id);
		Map<Long, ContenuVersion.Article> articlesApres = parCle(apres.articles(), ContenuVersion.Article::id);
		List<Texte> textes = new ArrayList<>();
		for (ContenuVersion.Article article : apres.articles()) {
			ContenuVersion.Article precedent = articlesAvant.get(article.id());
			textes.add((precedent == null) ? texte(article.titre(), "", article.numero(), "", "", null, article.html())
					: texte(article.titre(), precedent.numero(), article.numero(), precedent.titre(), article.titre(),
							precedent.html(), article.html()));
		}
		for (ContenuVersion.Article article : avant.articles()) {
			if (!articlesApres.containsKey(article.id())) {
				textes.add(texte(article.titre(), article.numero(), "", "", "", article.html(), null));
			}
		}
		return textes;
	}

	private static Rubrique annexe(ContenuVersion.Annexe avant, ContenuVersion.Annexe apres, Etat etat) {
		ContenuVersion.Annexe reference = (apres != null) ? apres : avant;
		List<ContenuVersion.Texte> textesAvant = (avant == null) ? List.of() : avant.textes();
		List<ContenuVersion.Texte> textesApres = (apres == null) ? List.of() : apres.textes();
		List<Texte> textes = new ArrayList<>();
		for (Map.Entry<String, Paire<ContenuVersion.Texte>> paire : apparier(textesAvant, textesApres,
				ContenuVersion.Texte::titre)
			.entrySet()) {
			ContenuVersion.Texte de = paire.getValue().avant();
			ContenuVersion.Texte a = paire.getValue().apres();
			String titre = (a != null) ? a.titre() : de.titre();
			textes.add(texte(titre.isEmpty() ? "Texte de l'annexe" : titre, "", "", "", "",
					(de == null) ? null : de.html(), (a == null) ? null : a.html()));
		}
		List<ComparaisonVersions.Tableau> tableaux = new ArrayList<>();
		for (Map.Entry<String, Paire<ContenuVersion.Tableau>> paire : apparier(
				(avant == null) ? List.of() : avant.tableaux(), (apres == null) ? List.of() : apres.tableaux(),
				ContenuVersion.Tableau::titre)
			.entrySet()) {
			ContenuVersion.Tableau de = paire.getValue().avant();
			ContenuVersion.Tableau a = paire.getValue().apres();
			tableaux.add(ComparaisonTableaux.comparer((a != null) ? a.titre() : de.titre(), de, a));
		}
		String titre = (reference.numero() + " – " + reference.titre()).strip();
		return rubrique("annexe-" + reference.cle(), titre, etat, textes, tableaux);
	}

	record Paire<T>(T avant, T apres) {
	}

	/**
	 * Pairs elements by title, the n-th of a title with the n-th of the same title; in
	 * the order of the newer side, then those only in the older.
	 */
	private static <T> Map<String, Paire<T>> apparier(List<T> avant, List<T> apres, Function<T, String> titre) {
		Map<String, T> parTitreAvant = indexer(avant, titre);
		Map<String, T> parTitreApres = indexer(apres, titre);
		Map<String, Paire<T>> paires = new LinkedHashMap<>();
		parTitreApres.forEach((cle, element) -> paires.put(cle, new Paire<>(parTitreAvant.get(cle), element)));
		parTitreAvant.forEach((cle, element) -> paires.putIfAbsent(cle, new Paire<>(element, null)));
		return paires;
	}

	private static <T> Map<String, T> indexer(List<T> elements, Function<T, String> titre) {
		Map<String, Integer> occurrences = new HashMap<>();
		Map<String, T> index = new LinkedHashMap<>();
		for (T element : elements) {
			String nom = titre.apply(element);
			int n = occurrences.merge(nom, 1, Integer::sum);
			index.put(nom + "#" + n, element);
		}
		return index;
	}

	private static <K, T> Map<K, T> parCle(List<T> elements, Function<T, K> cle) {
		Map<K, T> index = new LinkedHashMap<>();
		elements.forEach((element) -> index.putIfAbsent(cle.apply(element), element));
		return index;
	}

	/** Compares two texts; a null side means the text is added (or removed). */
	private static Texte texte(String titre, String numeroAvant, String numeroApres, String titreAvant,
			String titreApres, String avantHtml, String apresHtml) {
		ComparaisonMots.Comparaison mots = ComparaisonMots.entre(Paragraphes.texte(avantHtml),
				Paragraphes.texte(apresHtml));
		String titreHtml = titreAvant.equals(titreApres) ? null : ComparaisonMots.entre(titreAvant, titreApres).html();
		Etat etat;
		if (avantHtml == null) {
			etat = Etat.AJOUTE;
			titreHtml = null;
		}
		else if (apresHtml == null) {
			etat = Etat.SUPPRIME;
			titreHtml = null;
		}
		else {
			boolean identique = mots.identique() && titreHtml == null && numeroAvant.equals(numeroApres);
			etat = identique ? Etat.IDENTIQUE : Etat.MODIFIE;
		}
		return new Texte(titre, etat, numeroAvant, numeroApres, titreHtml, mots.html(), mots.motsSupprimes(),
				mots.motsAjoutes());
	}

	private static String entete(ContenuVersion contenu) {
		return paragraphes(List.of(contenu.titre(), contenu.sousTitre(), contenu.periode()));
	}

	/** Plain lines as HTML paragraphs, escaped. */
	private static String paragraphes(List<String> lignes) {
		StringBuilder html = new StringBuilder();
		lignes.forEach((ligne) -> html.append("<p>").append(HtmlUtils.htmlEscape(ligne, "UTF-8")).append("</p>"));
		return html.toString();
	}

	private static ContenuVersion.Tableau signatures(ContenuVersion contenu) {
		List<String> colonnes = List.of("Signataire", "Qualité", "Nom", "Signature");
		return new ContenuVersion.Tableau("Signatures", colonnes, contenu.signatures()
			.stream()
			.map((s) -> new ContenuVersion.Ligne(List.of(new ContenuVersion.Cellule(colonnes.get(0), s.entite()),
					new ContenuVersion.Cellule(colonnes.get(1), s.qualite()),
					new ContenuVersion.Cellule(colonnes.get(2), s.nom()),
					new ContenuVersion.Cellule(colonnes.get(3), s.signe()))))
			.toList());
	}

}
