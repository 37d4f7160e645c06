package fr.atelierctg.convention;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * During the concertation, a chargé(e) de coopération tells the Caf that their
 * collectivité's part is ready ({@link ContributionTransmise}); the transmissions are
 * kept and shown on the convention page.
 */
@Service
@Transactional
public class Contributions {

	private static final int MESSAGE_MAX = 2000;

	private final AccesConventions acces;

	private final ContributionRepository contributions;

	private final ApplicationEventPublisher evenements;

	Contributions(AccesConventions acces, ContributionRepository contributions, ApplicationEventPublisher evenements) {
		this.acces = acces;
		this.contributions = contributions;
		this.evenements = evenements;
	}

	/** Every transmission of the convention, oldest first. */
	@Transactional(readOnly = true)
	public List<ContributionLue> transmises(long conventionId) {
		this.acces.charger(conventionId);
		return this.contributions.findByConventionIdOrderByTransmiseLeAscIdAsc(conventionId)
			.stream()
			.map(ContributionEnregistree::lue)
			.toList();
	}

	/**
	 * The signatories the current user may transmit for: their collectivités, while the
	 * convention is in concertation. Empty for anyone else.
	 */
	@Transactional(readOnly = true)
	public List<SignataireLu> transmissibles(long conventionId) {
		Convention convention = this.acces.charger(conventionId);
		if (convention.getStatut() != StatutConvention.CONCERTATION) {
			return List.of();
		}
		return UtilisateurConnecte.courant()
			.filter((u) -> u.role().estCollectivite())
			.map((u) -> convention.getSignataires()
				.stream()
				.map(Signataire::lu)
				.filter((s) -> s.identite().siren() != null && u.sirenCollectivites().contains(s.identite().siren()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * Tells the Caf that this collectivité's part is ready.
	 * @throws AccessDeniedException (403) unless a chargé(e) de coopération of that
	 * signatory
	 * @throws ConflitMetier (409) outside the concertation
	 */
	public ContributionLue transmettre(long conventionId, long signataireId, String message) {
		UtilisateurConnecte utilisateur = UtilisateurConnecte.courant()
			.filter((u) -> u.role().estCollectivite())
			.orElseThrow(() -> new AccessDeniedException(
					"Seul·e un·e chargé·e de coopération transmet la contribution de sa collectivité."));
		Convention convention = this.acces.charger(conventionId);
		SignataireLu signataire = convention.signataire(signataireId)
			.map(Signataire::lu)
			.filter((s) -> s.identite().siren() != null
					&& utilisateur.sirenCollectivites().contains(s.identite().siren()))
			.orElseThrow(() -> new AccessDeniedException("Vous ne représentez pas ce signataire."));
		if (convention.getStatut() != StatutConvention.CONCERTATION) {
			throw new ConflitMetier("La contribution se transmet pendant la concertation ; la convention est « "
					+ convention.getStatut().libelle() + " ».");
		}
		String texte = (message == null) ? "" : message.strip();
		if (texte.length() > MESSAGE_MAX) {
			throw DonneesInvalides.sur("message", "Le message fait " + MESSAGE_MAX + " caractères au plus.");
		}
		ContributionEnregistree enregistree = this.contributions.save(new ContributionEnregistree(conventionId,
				signataireId, signataire.identite().nom(), utilisateur.nomComplet(), texte));
		this.evenements.publishEvent(new ContributionTransmise(convention.getCafId(), conventionId,
				convention.getTitre(), signataireId, signataire.identite().nom(), utilisateur.nomComplet(), texte));
		return enregistree.lue();
	}

}
