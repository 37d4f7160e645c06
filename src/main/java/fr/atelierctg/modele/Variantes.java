package fr.atelierctg.modele;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ElementIntrouvable;
import fr.atelierctg.common.texte.ComparaisonMots;
import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * The Caf administrator's work on the Caf's variant: create it from a national edition,
 * word the texts the model marks "à adapter", go back to the national wording.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN_CAF')")
public class Variantes {

	private final VarianteRepository variantes;

	private final AdoptionRepository adoptions;

	private final ModeleApi modeles;

	private final EditionsNationales editions;

	Variantes(VarianteRepository variantes, AdoptionRepository adoptions, ModeleApi modeles,
			EditionsNationales editions) {
		this.variantes = variantes;
		this.adoptions = adoptions;
		this.modeles = modeles;
		this.editions = editions;
	}

	@Transactional(readOnly = true)
	public Optional<VarianteLue> lire() {
		return this.variantes.findFirstBy().map(this::lue);
	}

	@Transactional(readOnly = true)
	public List<EditionLue> editions() {
		return this.editions.enregistrees(this.variantes.findFirstBy().map(Variante::getEditionBase));
	}

	public VarianteLue creer(String edition) {
		if (this.variantes.findFirstBy().isPresent()) {
			throw new ConflitMetier("La Caf a déjà sa variante du modèle.");
		}
		if (this.modeles.edition(edition).isEmpty()) {
			throw DonneesInvalides.sur("edition", "Choisissez une des éditions nationales proposées.");
		}
		return lue(this.variantes.saveAndFlush(new Variante(edition, auteur())));
	}

	/**
	 * The Caf's wording of a text: sanitized, and refused with a message on the field if
	 * it uses an unknown field. The national wording itself means "no adaptation".
	 */
	public VarianteLue adapter(String cle, String contenu, long version) {
		Variante variante = aJour(version);
		ModeleConvention base = base(variante);
		ModeleConvention.TexteModele national = adaptable(base, cle);
		String texte = TexteRiche.nettoyer(contenu);
		if (TexteRiche.texte(texte).isBlank()) {
			throw DonneesInvalides.sur("contenu",
					"Le texte ne peut pas être vide : revenez plutôt à la rédaction nationale.");
		}
		List<String> inconnus = Gabarit.champsInconnus(texte,
				(nom) -> ChampsConnus.connu(nom, base.clesArticles(), base.clesAnnexes(), false));
		if (!inconnus.isEmpty()) {
			throw DonneesInvalides.sur("contenu",
					(inconnus.size() == 1 ? "Champ inconnu : " : "Champs inconnus : ")
							+ inconnus.stream().map((nom) -> "{{" + nom + "}}").collect(Collectors.joining(", "))
							+ ". Utilisez un des champs proposés, ou retirez les accolades.");
		}
		if (texte.equals(national.html())) {
			variante.revenirAuNational(cle, auteur());
		}
		else {
			variante.adapter(cle, texte, auteur());
		}
		return lue(this.variantes.saveAndFlush(variante));
	}

	public VarianteLue revenirAuNational(String cle, long version) {
		Variante variante = aJour(version);
		adaptable(base(variante), cle);
		variante.revenirAuNational(cle, auteur());
		return lue(this.variantes.saveAndFlush(variante));
	}

	/** The variant as the user saw it (same version), else a conflict. */
	Variante aJour(long version) {
		Variante variante = this.variantes.findFirstBy()
			.orElseThrow(() -> new ConflitMetier("La Caf n'a pas encore de variante du modèle : créez-la d'abord."));
		if (variante.getVersion() != version) {
			throw new ConflitMetier("La variante de la Caf a été modifiée par " + variante.getModifieePar()
					+ " depuis que vous l'avez ouverte (elle est maintenant en v" + variante.getVersion()
					+ ") : rechargez la page pour voir sa dernière version.");
		}
		return variante;
	}

	ModeleConvention base(Variante variante) {
		return this.modeles.edition(variante.getEditionBase()).orElseThrow().modele();
	}

	private static ModeleConvention.TexteModele adaptable(ModeleConvention base, String cle) {
		if (!base.aAdapter().contains(cle)) {
			throw new ElementIntrouvable("Texte du modèle non adaptable : " + cle);
		}
		return base.texte(cle).orElseThrow();
	}

	VarianteLue lue(Variante variante) {
		ModeleConvention base = base(variante);
		List<VarianteLue.TexteVariante> textes = new ArrayList<>();
		for (ModeleConvention.TexteModele texte : base.textes()) {
			if (!base.aAdapter().contains(texte.cle())) {
				continue;
			}
			Optional<ArticleVariante> caf = variante.article(texte.cle());
			textes
				.add(new VarianteLue.TexteVariante(texte.cle(), texte.titre(), texte.html(),
						caf.map(ArticleVariante::getContenu).orElse(null),
						caf.map((a) -> ComparaisonMots.entreTextesRiches(texte.html(), a.getContenu()).html())
							.orElse(null),
						caf.map(ArticleVariante::getModifieLe).orElse(null),
						caf.map(ArticleVariante::getModifiePar).orElse(null)));
		}
		List<AdoptionLue> historique = (variante.getId() == null) ? List.of()
				: this.adoptions.findByVarianteIdOrderByAdopteeLeDescIdDesc(variante.getId())
					.stream()
					.map(Adoption::lue)
					.toList();
		return new VarianteLue(variante.getEditionBase(), variante.getVersion(), this.modeles.origine(variante),
				variante.getModifieeLe(), variante.getModifieePar(), textes, historique);
	}

	static String auteur() {
		return UtilisateurConnecte.courant().map(UtilisateurConnecte::nomComplet).orElse("système");
	}

}
