package fr.atelierctg.modele;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ElementIntrouvable;
import fr.atelierctg.common.texte.ComparaisonMots;
import fr.atelierctg.modele.ComparaisonEdition.Changement;
import fr.atelierctg.modele.ComparaisonEdition.TexteCompare;

/**
 * A newer national edition against the Caf's variant: what changed, text by text, and the
 * move of the variant onto it with the Caf's choices, all at once.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN_CAF')")
public class NouvellesEditions {

	private final Variantes variantes;

	private final ModeleApi modeles;

	private final VarianteRepository depot;

	private final AdoptionRepository adoptions;

	NouvellesEditions(Variantes variantes, ModeleApi modeles, VarianteRepository depot, AdoptionRepository adoptions) {
		this.variantes = variantes;
		this.modeles = modeles;
		this.depot = depot;
		this.adoptions = adoptions;
	}

	@Transactional(readOnly = true)
	public ComparaisonEdition comparaison(String code) {
		Variante variante = this.depot.findFirstBy()
			.orElseThrow(() -> new ConflitMetier("La Caf n'a pas de variante du modèle : rien à comparer."));
		return comparer(variante, plusRecente(variante, code));
	}

	/**
	 * Moves the variant onto the edition: for each text the Caf may adapt and the edition
	 * changed, the chosen wording (the national one by default when the Caf had not
	 * adapted it); every other change applies. Nothing is saved if anything is refused.
	 */
	public VarianteLue adopter(String code, long version, Map<String, Choix> choix) {
		Variante variante = this.variantes.aJour(version);
		ModeleConvention nouvelle = plusRecente(variante, code);
		ModeleConvention ancienne = this.variantes.base(variante);
		ComparaisonEdition comparaison = comparer(variante, nouvelle);
		Map<String, String> erreurs = new LinkedHashMap<>();
		choix.keySet()
			.stream()
			.filter((cle) -> comparaison.textes().stream().noneMatch((t) -> t.cle().equals(cle) && t.aChoisir()))
			.forEach((cle) -> erreurs.put("choix[" + cle + "]",
					"Ce texte n'a pas de choix à faire pour l'édition " + code + "."));
		comparaison.textes()
			.stream()
			.filter((t) -> t.aChoisir() && t.texteCaf() != null && choix.get(t.cle()) == null)
			.forEach((t) -> erreurs.put("choix[" + t.cle() + "]",
					"Choisissez la rédaction à garder pour « " + t.titre() + " »."));
		if (!erreurs.isEmpty()) {
			throw new DonneesInvalides(erreurs);
		}
		String auteur = Variantes.auteur();
		Adoption adoption = new Adoption(variante.getId(), variante.getEditionBase(), code, auteur);
		for (TexteCompare texte : comparaison.textes()) {
			if (nouvelle.texte(texte.cle()).isEmpty() && ancienne.texte(texte.cle()).isEmpty()) {
				continue; // visas and clauses: national only, nothing to keep
			}
			Choix retenu = texte.aChoisir() ? Objects.requireNonNullElse(choix.get(texte.cle()), texte.choixParDefaut())
					: Choix.ADOPTER_NATIONAL;
			if (retenu == Choix.GARDER_CAF && texte.texteCaf() == null) {
				variante.adapter(texte.cle(), ancienne.texte(texte.cle()).orElseThrow().html(), auteur);
			}
			else if (retenu == Choix.ADOPTER_NATIONAL) {
				variante.revenirAuNational(texte.cle(), auteur);
			}
			adoption.choisir(texte.cle(), texte.titre(), retenu);
		}
		List.copyOf(variante.getArticles())
			.stream()
			.filter((a) -> !nouvelle.aAdapter().contains(a.getCle()))
			.forEach((a) -> variante.revenirAuNational(a.getCle(), auteur));
		variante.rebaser(code, auteur);
		Variante rebasee = this.depot.saveAndFlush(variante);
		adoption.aboutitA(rebasee.getVersion());
		this.adoptions.save(adoption);
		return this.variantes.lue(rebasee);
	}

	private ModeleConvention plusRecente(Variante variante, String code) {
		ModeleConvention nouvelle = this.modeles.edition(code)
			.orElseThrow(() -> new ElementIntrouvable("Édition inconnue : " + code))
			.modele();
		ModeleConvention base = this.variantes.base(variante);
		if (!nouvelle.date().isAfter(base.date())) {
			throw new ConflitMetier("L'édition " + code + " n'est pas plus récente que celle sur laquelle repose la "
					+ "variante de la Caf (" + base.edition() + ").");
		}
		return nouvelle;
	}

	private ComparaisonEdition comparer(Variante variante, ModeleConvention nouvelle) {
		ModeleConvention ancienne = this.variantes.base(variante);
		List<TexteCompare> textes = new ArrayList<>();
		comparer(textes, "visas", "Visas", paragraphes(ancienne.visas()), paragraphes(nouvelle.visas()), null, false);
		List<String> cles = new ArrayList<>(nouvelle.textes().stream().map(ModeleConvention.TexteModele::cle).toList());
		ancienne.textes()
			.stream()
			.map(ModeleConvention.TexteModele::cle)
			.filter((c) -> !cles.contains(c))
			.forEach(cles::add);
		for (String cle : cles) {
			Optional<ModeleConvention.TexteModele> avant = ancienne.texte(cle);
			Optional<ModeleConvention.TexteModele> apres = nouvelle.texte(cle);
			String titre = apres.or(() -> avant).orElseThrow().titre();
			String caf = variante.article(cle).map(ArticleVariante::getContenu).orElse(null);
			boolean aChoisir = avant.isPresent() && apres.isPresent() && nouvelle.aAdapter().contains(cle)
					&& ancienne.aAdapter().contains(cle);
			comparer(textes, cle, titre, avant.map(ModeleConvention.TexteModele::html).orElse(null),
					apres.map(ModeleConvention.TexteModele::html).orElse(null), caf, aChoisir);
		}
		comparer(textes, "ctg_dans_ma_poche", "Clause optionnelle « CTG dans ma poche »", ancienne.ctgDansMaPoche(),
				nouvelle.ctgDansMaPoche(), null, false);
		for (ModeleConvention.OptionModele option : nouvelle.presidencesCopil()) {
			comparer(textes, "presidence_copil." + option.valeur(), "Option de présidence : " + option.libelle(),
					ancienne.presidenceCopil(option.valeur()).map(ModeleConvention.OptionModele::html).orElse(null),
					option.html(), null, false);
		}
		return new ComparaisonEdition(ancienne.edition(), nouvelle.edition(), variante.getVersion(), textes);
	}

	private static void comparer(List<TexteCompare> textes, String cle, String titre, String avant, String apres,
			String caf, boolean aChoisir) {
		if (Objects.equals(avant, apres)) {
			return;
		}
		Changement changement = (avant == null) ? Changement.AJOUTE
				: (apres == null) ? Changement.SUPPRIME : Changement.MODIFIE;
		Choix parDefaut = !aChoisir ? null : (caf != null) ? Choix.GARDER_CAF : Choix.ADOPTER_NATIONAL;
		textes.add(new TexteCompare(cle, titre, changement, ComparaisonMots.entreTextesRiches(avant, apres).html(), caf,
				parDefaut));
	}

	private static String paragraphes(List<String> lignes) {
		StringBuilder html = new StringBuilder();
		lignes.forEach(
				(l) -> html.append("<p>").append(fr.atelierctg.common.texte.TexteRiche.echapper(l)).append("</p>"));
		return html.toString();
	}

}
