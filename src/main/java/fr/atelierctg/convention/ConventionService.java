package fr.atelierctg.convention;

import fr.atelierctg.common.erreurs.DonneesInvalides;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.modele.ModeleApi;
import fr.atelierctg.modele.ModeleConvention;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.TenancyApi;

/** Drafting: what Caf conseillers and directeurs change in a convention. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
public class ConventionService {

	private final ConventionRepository conventions;

	private final AccesConventions acces;

	private final ModeleApi modeles;

	private final TenancyApi tenancy;

	private final Signataires signataires;

	private final Redaction redaction;

	ConventionService(ConventionRepository conventions, AccesConventions acces, ModeleApi modeles, TenancyApi tenancy,
			Signataires signataires, Redaction redaction) {
		this.conventions = conventions;
		this.acces = acces;
		this.modeles = modeles;
		this.tenancy = tenancy;
		this.signataires = signataires;
		this.redaction = redaction;
	}

	/**
	 * A new convention from the Caf's variant of the model (else the latest national
	 * edition), with the Caf as first signatory.
	 */
	public long creer(ConventionCommande commande, RepresentantCommande president, RepresentantCommande directeur) {
		CafVue caf = this.tenancy.cafCourante();
		ModeleApi.ModeleDeDepart depart = this.modeles.modelePourLaCaf(caf.id());
		ModeleConvention modele = depart.modele();
		String lieu = (commande.lieuSignature() == null || commande.lieuSignature().isBlank()) ? caf.villeSiege()
				: commande.lieuSignature().strip();
		Convention convention = new Convention(depart.origine());
		convention.modifier(commande.titre().strip(), commande.territoireOuVide(), commande.periode(), lieu,
				(commande.presidenceCopil() == null) ? PresidenceCopil.ALTERNEE : commande.presidenceCopil(),
				Boolean.TRUE.equals(commande.ctgDansMaPoche()));
		Signataire signataireCaf = new Signataire(
				new IdentiteSignataire(TypeSignataire.CAF, null, null, null, caf.nom(), 0, null, null));
		signataireCaf.representer(RepresentantCommande.ou(president), RepresentantCommande.ou(directeur));
		signataireCaf.deliberer(TypeSignataire.CAF.instanceParDefaut(), null);
		convention.ajouterSignataire(signataireCaf);
		this.redaction.articlesDuModele(modele)
			.forEach((article) -> convention.ajouterArticle(article, Optional.empty()));
		this.redaction.annexesDuModele(modele).forEach(convention::ajouterAnnexe);
		return this.conventions.save(convention).getId();
	}

	public void modifier(long id, ConventionCommande commande) {
		Convention convention = this.acces.chargerPourModifier(id);
		String lieu = (commande.lieuSignature() == null || commande.lieuSignature().isBlank())
				? convention.getLieuSignature() : commande.lieuSignature().strip();
		convention.modifier(commande.titre().strip(), commande.territoireOuVide(), commande.periode(), lieu,
				(commande.presidenceCopil() == null) ? convention.getPresidenceCopil() : commande.presidenceCopil(),
				(commande.ctgDansMaPoche() == null) ? convention.isCtgDansMaPoche() : commande.ctgDansMaPoche());
	}

	public void supprimer(long id) {
		Convention convention = this.acces.chargerPourModifier(id);
		if (convention.getStatut() != StatutConvention.BROUILLON) {
			throw new fr.atelierctg.common.erreurs.ConflitMetier("Seul un brouillon peut être supprimé : cette "
					+ "convention a été partagée avec les collectivités, elle est conservée avec son historique.");
		}
		this.conventions.delete(convention);
	}

	public long ajouterSignataire(long id, SignataireCommande commande) {
		Convention convention = this.acces.chargerPourModifier(id);
		Signataire ajoute = this.signataires.ajouter(convention, commande);
		this.conventions.flush();
		return ajoute.getId();
	}

	public void modifierSignataire(long id, long signataireId, SignataireCommande commande) {
		Convention convention = this.acces.chargerPourModifier(id);
		Signataire signataire = convention.signataireExistant(signataireId);
		this.signataires.modifier(convention, signataire, commande);
	}

	public void retirerSignataire(long id, long signataireId) {
		Convention convention = this.acces.chargerPourModifier(id);
		Signataire signataire = convention.signataireExistant(signataireId);
		if (signataire.getType() == TypeSignataire.CAF) {
			throw DonneesInvalides.sur("type", "La Caf signe toujours la convention : elle ne peut être retirée.");
		}
		convention.retirerSignataire(signataire);
	}

	public long ajouterArticle(long id, ArticleCommande commande, Long apresArticleId) {
		Convention convention = this.acces.chargerPourModifier(id);
		Optional<Article> apres = Optional.ofNullable(apresArticleId).map((aid) -> convention.articleExistant(aid));
		Article article = this.redaction.nouvelArticle(convention, commande);
		convention.ajouterArticle(article, apres);
		this.conventions.flush();
		return article.getId();
	}

	public void modifierArticle(long id, long articleId, ArticleCommande commande) {
		Convention convention = this.acces.chargerPourModifier(id);
		Article article = convention.articleExistant(articleId);
		this.redaction.rediger(convention, article, commande);
		convention.touche();
		enregistrerAvantUnAutre(Redaction.ARTICLE_CONCURRENT);
	}

	/** The article as saved now: what a person whose save was refused must see. */
	@Transactional(readOnly = true)
	public ElementConcurrent articleActuel(long id, long articleId) {
		return this.acces.charger(id).articleExistant(articleId).commeConcurrent();
	}

	/** The free annex as saved now: what a person whose save was refused must see. */
	@Transactional(readOnly = true)
	public ElementConcurrent annexeActuelle(long id, long annexeId) {
		return this.acces.charger(id).annexeExistante(annexeId).commeConcurrent();
	}

	private void enregistrerAvantUnAutre(String message) {
		fr.atelierctg.common.erreurs.ModificationConcurrente.siDevance(() -> {
			this.conventions.flush();
			return null;
		}, message);
	}

	public void retirerArticle(long id, long articleId) {
		Convention convention = this.acces.chargerPourModifier(id);
		convention.retirerArticle(convention.articleExistant(articleId));
	}

	public void deplacerArticle(long id, long articleId, int sens) {
		Convention convention = this.acces.chargerPourModifier(id);
		convention.deplacerArticle(convention.articleExistant(articleId), sens);
	}

	public long ajouterAnnexe(long id, AnnexeCommande commande) {
		Convention convention = this.acces.chargerPourModifier(id);
		Annexe annexe = convention.ajouterAnnexe(this.redaction.nouvelleAnnexe(convention, commande));
		this.conventions.flush();
		return annexe.getId();
	}

	public void modifierAnnexe(long id, long annexeId, AnnexeCommande commande) {
		Convention convention = this.acces.chargerPourModifier(id);
		this.redaction.redigerAnnexe(convention, convention.annexeExistante(annexeId), commande);
		convention.touche();
		enregistrerAvantUnAutre(Redaction.ANNEXE_CONCURRENTE);
	}

	public void retirerAnnexe(long id, long annexeId) {
		Convention convention = this.acces.chargerPourModifier(id);
		Annexe annexe = convention.annexeExistante(annexeId);
		this.redaction.verifierNonCitee(convention, annexe);
		convention.retirerAnnexe(annexe);
	}

	public void deplacerAnnexe(long id, long annexeId, int sens) {
		Convention convention = this.acces.chargerPourModifier(id);
		convention.deplacerAnnexe(convention.annexeExistante(annexeId), sens);
	}

	/** For the creation form: the Caf's representatives of its latest convention. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public Optional<SignataireLu> dernierSignataireCaf() {
		return this.conventions.findDernierSignataireCaf().map(Signataire::lu);
	}

}
