package fr.atelierctg.avenant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.convention.AnnexeLu;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.NatureArticle;
import fr.atelierctg.convention.Periode;
import fr.atelierctg.document.DocumentApi;
import fr.atelierctg.document.DocumentRedige;
import fr.atelierctg.document.OptionsRendu;

/**
 * The convention as it stands with its signed avenants applied in order: never stored,
 * always computed from the convention (which does not change once validated) and the
 * avenants' new wordings. A prolongation moves the period's end.
 */
@Service
@Transactional(readOnly = true)
public class ConventionConsolidee {

	private final ConventionApi conventions;

	private final AvenantRepository avenants;

	private final DocumentApi documents;

	ConventionConsolidee(ConventionApi conventions, AvenantRepository avenants, DocumentApi documents) {
		this.conventions = conventions;
		this.avenants = avenants;
		this.documents = documents;
	}

	/**
	 * The consolidated text.
	 *
	 * @param integres the signed avenants it includes, in order
	 * @param mention "Version consolidée au … intégrant l'avenant n° 1 du …", empty
	 * without signed avenant
	 */
	public record Consolidation(ConventionLue convention, DocumentRedige document, List<AvenantLu> integres,
			String mention) {
	}

	public Consolidation consolider(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		List<AvenantLu> signes = signes(conventionId, Integer.MAX_VALUE);
		ConventionLue consolidee = avecFinProlongee(convention, signes);
		return new Consolidation(consolidee, appliquer(consolidee, signes).apply(this.documents.redige(consolidee)),
				signes, mention(signes));
	}

	public DocumentApi.PdfConvention pdf(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		List<AvenantLu> signes = signes(conventionId, Integer.MAX_VALUE);
		ConventionLue consolidee = avecFinProlongee(convention, signes);
		return this.documents.pdf(consolidee, appliquer(consolidee, signes),
				OptionsRendu.STANDARD.avecMention(signes.isEmpty() ? null : mention(signes)));
	}

	public String html(Consolidation consolidation) {
		return this.documents.html(consolidation.document(),
				OptionsRendu.STANDARD.avecMention(consolidation.mention().isEmpty() ? null : consolidation.mention()));
	}

	/**
	 * Every article and annex as printed with the avenants signed before avenant
	 * {@code avant} (all of them: {@link Integer#MAX_VALUE}), keyed by
	 * {@link TexteActuel#cle()}.
	 */
	Map<String, TexteActuel> textesActuels(long conventionId, int avant) {
		ConventionLue convention = this.conventions.lire(conventionId);
		List<AvenantLu> signes = signes(conventionId, avant);
		ConventionLue consolidee = avecFinProlongee(convention, signes);
		DocumentRedige document = appliquer(consolidee, signes).apply(this.documents.redige(consolidee));
		Map<String, DocumentRedige.Section> sections = new LinkedHashMap<>();
		document.articles().forEach((s) -> sections.put(s.ancre(), s));
		document.annexes().forEach((s) -> sections.put(s.ancre(), s));
		Map<String, TexteActuel> textes = new LinkedHashMap<>();
		for (ArticleLu article : convention.articles()) {
			DocumentRedige.Section section = sections.get(ancre(article));
			if (article.nature() == NatureArticle.ARTICLE && section != null) {
				TexteActuel texte = new TexteActuel(CibleModification.ARTICLE, article.cle(), article.numero(),
						article.intitule(), section.titre(), section.html());
				textes.put(texte.cle(), texte);
			}
		}
		for (AnnexeLu annexe : convention.annexes()) {
			DocumentRedige.Section section = sections.get(ancre(annexe));
			if (section != null) {
				TexteActuel texte = new TexteActuel(CibleModification.ANNEXE, annexe.cle(), annexe.numero(),
						annexe.intitule(), annexe.titre(), section.html());
				textes.put(texte.cle(), texte);
			}
		}
		return textes;
	}

	/**
	 * The end of the convention with the prolongations signed before avenant
	 * {@code avant}.
	 */
	LocalDate finEffective(long conventionId, int avant) {
		ConventionLue convention = this.conventions.lire(conventionId);
		return avecFinProlongee(convention, signes(conventionId, avant)).periode().fin();
	}

	List<AvenantLu> signes(long conventionId, int avant) {
		return this.avenants.findByConventionIdOrderByNumero(conventionId)
			.stream()
			.filter((a) -> a.getStatut() == StatutAvenant.SIGNE && a.getNumero() < avant)
			.map(Avenant::lu)
			.toList();
	}

	private static ConventionLue avecFinProlongee(ConventionLue convention, List<AvenantLu> signes) {
		LocalDate fin = convention.periode().fin();
		for (AvenantLu avenant : signes) {
			if (avenant.type() == TypeAvenant.PROLONGATION && avenant.nouvelleDateFin() != null) {
				fin = avenant.nouvelleDateFin();
			}
		}
		return fin.equals(convention.periode().fin()) ? convention
				: convention.avecPeriode(new Periode(convention.periode().debut(), fin));
	}

	/**
	 * Each modified article or annex takes its last new wording and the avenants'
	 * mention.
	 */
	private static UnaryOperator<DocumentRedige> appliquer(ConventionLue convention, List<AvenantLu> signes) {
		Map<String, String> ancres = new LinkedHashMap<>();
		convention.articles().forEach((a) -> ancres.put(CibleModification.ARTICLE.cle(a.cle()), ancre(a)));
		convention.annexes().forEach((a) -> ancres.put(CibleModification.ANNEXE.cle(a.cle()), ancre(a)));
		Map<String, String> textes = new LinkedHashMap<>();
		Map<String, List<Integer>> parAvenant = new LinkedHashMap<>();
		for (AvenantLu avenant : signes) {
			for (ModificationLue modification : avenant.modifications()) {
				String ancre = ancres.get(modification.cle());
				if (ancre != null) {
					textes.put(ancre, modification.nouveauTexte());
					parAvenant.computeIfAbsent(ancre, (a) -> new ArrayList<>()).add(avenant.numero());
				}
			}
		}
		return (document) -> new DocumentRedige(document.titre(), document.sousTitre(), document.periode(),
				document.projet(), document.parties(), document.visas(), document.preambule(),
				remplacer(document.articles(), textes, parAvenant, "modifié"), document.faitA(), document.exemplaires(),
				document.signatures(), remplacer(document.annexes(), textes, parAvenant, "modifiée"));
	}

	private static List<DocumentRedige.Section> remplacer(List<DocumentRedige.Section> sections,
			Map<String, String> textes, Map<String, List<Integer>> parAvenant, String participe) {
		return sections.stream().map((s) -> {
			String texte = textes.get(s.ancre());
			return (texte == null) ? s : new DocumentRedige.Section(s.ancre(), s.numero(),
					s.titre() + " (" + participe + " par " + avenants(parAvenant.get(s.ancre())) + ")", texte);
		}).toList();
	}

	/** "l'avenant n° 1", "les avenants n° 1 et 2". */
	private static String avenants(List<Integer> numeros) {
		if (numeros.size() == 1) {
			return "l'avenant n° " + numeros.get(0);
		}
		List<String> liste = numeros.stream().map(String::valueOf).toList();
		return "les avenants n° " + String.join(", ", liste.subList(0, liste.size() - 1)) + " et "
				+ liste.get(liste.size() - 1);
	}

	private static String mention(List<AvenantLu> signes) {
		if (signes.isEmpty()) {
			return "";
		}
		LocalDate au = signes.get(signes.size() - 1).signeLe().orElseThrow();
		List<String> integres = signes.stream()
			.map((a) -> "n° " + a.numero() + " du " + DatesFr.longue(a.signeLe().orElseThrow()))
			.toList();
		String liste = (integres.size() == 1) ? "l'avenant " + integres.get(0)
				: "les avenants " + String.join(", ", integres.subList(0, integres.size() - 1)) + " et "
						+ integres.get(integres.size() - 1);
		return "Version consolidée au " + DatesFr.longue(au) + " intégrant " + liste;
	}

	static String ancre(ArticleLu article) {
		return (article.nature() == NatureArticle.PREAMBULE) ? "preambule" : "article-" + article.numero();
	}

	static String ancre(AnnexeLu annexe) {
		return "annexe-" + annexe.cle();
	}

}
