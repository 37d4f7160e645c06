package fr.atelierctg.convention;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;

/**
 * The link between a convention and the one that renews it: the successor is created here
 * as a new draft with the predecessor's parties (the annexes are copied by their own
 * modules); a convention has one successor at most (a unique index is the wall behind
 * this check). The predecessor is only read.
 */
@Service
@Transactional(readOnly = true)
public class Succession {

	static final String DEJA_RENOUVELEE = "Cette convention a déjà été renouvelée : une seule convention peut lui "
			+ "succéder. Ouvrez la convention qui la renouvelle, ou supprimez ce brouillon pour recommencer.";

	private final AccesConventions acces;

	private final ConventionRepository conventions;

	private final ConventionService redaction;

	private final Redaction articles;

	private final Validator validateur;

	private final EntityManager entites;

	Succession(AccesConventions acces, ConventionRepository conventions, ConventionService redaction,
			Redaction articles, Validator validateur, EntityManager entites) {
		this.acces = acces;
		this.conventions = conventions;
		this.redaction = redaction;
		this.articles = articles;
		this.validateur = validateur;
		this.entites = entites;
	}

	/**
	 * A new draft renewing a signed convention: its title and period, the predecessor's
	 * territory and options, the model's articles and annexes as for any new convention
	 * ({@link ConventionService#creer}), and every party of the predecessor with its
	 * representatives (deliberations to take again: their dates are left empty).
	 * @return the successor's id and, for each predecessor's signatory, its successor's
	 * @throws DonneesInvalides the title or period is invalid (N+4 rule), nothing saved
	 * @throws ConflitMetier (409) the predecessor is not signed or already renewed
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
	public Successeur creerSuccesseur(long predecesseurId, String titre, LocalDate debut, LocalDate fin) {
		Convention predecesseur = this.acces.charger(predecesseurId);
		if (!predecesseur.getStatut().signee()) {
			throw new ConflitMetier("Seule une convention signée peut être renouvelée ; celle-ci est au statut « "
					+ predecesseur.getStatut().libelle() + " ».");
		}
		if (idDuSuccesseur(predecesseurId).isPresent()) {
			throw new ConflitMetier(DEJA_RENOUVELEE);
		}
		ConventionCommande commande = new ConventionCommande(titre, predecesseur.getTerritoire(), debut, fin,
				predecesseur.getLieuSignature(), predecesseur.getPresidenceCopil(), predecesseur.isCtgDansMaPoche());
		valider(commande);
		SignataireLu cafAvant = predecesseur.getSignataires()
			.stream()
			.filter((s) -> s.getType() == TypeSignataire.CAF)
			.findFirst()
			.map(Signataire::lu)
			.orElseThrow();
		long id = this.redaction.creer(commande, commande(cafAvant.representant()),
				commande(cafAvant.coRepresentant()));
		Convention successeur = this.conventions.findById(id).orElseThrow();
		successeur.succederA(predecesseurId);
		Map<Long, Signataire> nouveaux = new LinkedHashMap<>();
		for (Signataire avant : predecesseur.getSignataires()) {
			if (avant.getType() == TypeSignataire.CAF) {
				continue;
			}
			SignataireLu lu = avant.lu();
			Signataire apres = new Signataire(lu.identite());
			apres.representer(lu.representant(), null);
			apres.deliberer(lu.deliberationInstance(), null);
			nouveaux.put(avant.getId(), successeur.ajouterSignataire(apres));
		}
		enregistrer();
		for (Map.Entry<Long, Signataire> nouveau : nouveaux.entrySet()) {
			IdentiteSignataire identite = nouveau.getValue().identite();
			if (identite.type() == TypeSignataire.AUTRE) {
				this.articles.ajouterArticlePartenaire(successeur, nouveau.getValue(), identite.categorie());
			}
		}
		enregistrer();
		Map<Long, Long> correspondance = new LinkedHashMap<>();
		correspondance.put(cafAvant.id(),
				successeur.getSignataires()
					.stream()
					.filter((s) -> s.getType() == TypeSignataire.CAF)
					.findFirst()
					.orElseThrow()
					.getId());
		nouveaux.forEach((avant, apres) -> correspondance.put(avant, apres.getId()));
		return new Successeur(id, Map.copyOf(correspondance));
	}

	/** The convention this one renews, if the user may see it. */
	public Optional<ConventionResume> predecesseur(long conventionId) {
		Long predecesseurId = this.acces.charger(conventionId).getPredecesseurId();
		return (predecesseurId == null) ? Optional.empty() : visible(predecesseurId);
	}

	/** The convention that renews this one, if any and if the user may see it. */
	public Optional<ConventionResume> successeur(long conventionId) {
		this.acces.charger(conventionId);
		return idDuSuccesseur(conventionId).flatMap(this::visible);
	}

	private Optional<ConventionResume> visible(long id) {
		try {
			Convention c = this.acces.charger(id);
			return Optional.of(new ConventionResume(c.getId(), c.getTitre(), c.getTerritoire(), c.getPeriode(),
					c.getStatut(), c.getSignataires().size(), c.getModifieLe()));
		}
		catch (ConventionIntrouvable ex) {
			return Optional.empty();
		}
	}

	private Optional<Long> idDuSuccesseur(long predecesseurId) {
		return this.entites.createQuery("select c.id from Convention c where c.predecesseurId = :id", Long.class)
			.setParameter("id", predecesseurId)
			.getResultStream()
			.findFirst();
	}

	/** The same rules as the creation form: title, dates, at most 31 December N+4. */
	private void valider(ConventionCommande commande) {
		Map<String, String> erreurs = new LinkedHashMap<>();
		for (ConstraintViolation<ConventionCommande> violation : this.validateur.validate(commande)) {
			erreurs.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
		}
		if (!erreurs.isEmpty()) {
			throw new DonneesInvalides(erreurs);
		}
	}

	/** Two renewals at once: the second one meets the unique index. */
	private void enregistrer() {
		try {
			this.conventions.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflitMetier(DEJA_RENOUVELEE);
		}
	}

	private static RepresentantCommande commande(Representant representant) {
		if (representant == null) {
			return null;
		}
		return new RepresentantCommande(representant.civilite(), texte(representant.prenom()),
				texte(representant.nom()), texte(representant.qualite()));
	}

	private static String texte(String texte) {
		return (texte == null) ? "" : texte;
	}

	/**
	 * @param signataires for each signatory id of the predecessor, the id of the same
	 * party in the successor
	 */
	public record Successeur(long id, Map<Long, Long> signataires) {

		public Successeur {
			signataires = Map.copyOf(signataires);
		}

	}

}
