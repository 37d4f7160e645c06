package fr.atelierctg.convention;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Signatures of a convention "en signature", one by one: date, place and signed copy. The
 * last one makes the convention "signée" (and "en vigueur" if its period started). The
 * Caf records any party's signature; a chargé(e) de coopération their collectivité's.
 */
@Service
@Transactional
public class Signatures {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final AccesConventions acces;

	private final ConventionRepository conventions;

	private final SignatureCopieRepository copies;

	private final TransitionConventionRepository transitions;

	private final CycleDeVie cycle;

	private final ApplicationEventPublisher evenements;

	Signatures(AccesConventions acces, ConventionRepository conventions, SignatureCopieRepository copies,
			TransitionConventionRepository transitions, CycleDeVie cycle, ApplicationEventPublisher evenements) {
		this.acces = acces;
		this.conventions = conventions;
		this.copies = copies;
		this.transitions = transitions;
		this.cycle = cycle;
		this.evenements = evenements;
	}

	public SignatureLu enregistrer(long conventionId, long signataireId, LocalDate date, String lieu, String nomFichier,
			byte[] copie) {
		Convention convention = this.acces.charger(conventionId);
		Signataire signataire = convention.signataireExistant(signataireId);
		UtilisateurConnecte auteur = autorise(signataire);
		if (convention.getStatut() != StatutConvention.EN_SIGNATURE) {
			throw new ConflitMetier(
					"Les signatures s'enregistrent quand la convention est « En signature » ; elle est « "
							+ convention.getStatut().libelle() + " ».");
		}
		if (convention.signature(signataireId).isPresent()) {
			throw new ConflitMetier("La signature de ce signataire est déjà enregistrée.");
		}
		verifierDate(conventionId, date);
		String lieuSigne = SaisieSignature.lieu(lieu);
		PdfVerifie pdf = PdfVerifie.verifier(copie, "copie", "l'exemplaire signé");
		Signature signature = convention.signer(new Signature(signataireId, date, lieuSigne,
				PdfVerifie.nomLisible(nomFichier, "exemplaire-signe.pdf"), pdf, auteur.nomComplet()));
		this.conventions.flush();
		this.copies.save(new SignatureCopie(signature.getId(), pdf.contenu()));
		boolean toutes = convention.toutesLesSignaturesRecueillies();
		if (toutes) {
			this.cycle.constaterSignatures(convention, LocalDate.now(PARIS));
		}
		this.evenements.publishEvent(new SignatureEnregistree(convention.getCafId(), conventionId,
				convention.getTitre(), signataireId, signataire.identite().nom(), toutes,
				UtilisateurConnecte.courant()
					.map((u) -> u.role() == fr.atelierctg.tenancy.Role.CHARGE_COOPERATION)
					.orElse(false)));
		return signature.lue();
	}

	/** A signature recorded by mistake, while the others are still awaited. */
	public void retirer(long conventionId, long signataireId) {
		Convention convention = this.acces.charger(conventionId);
		autorise(convention.signataireExistant(signataireId));
		if (convention.getStatut() != StatutConvention.EN_SIGNATURE) {
			throw new ConflitMetier("Une fois la convention signée par tous, ses signatures ne changent plus.");
		}
		convention.signature(signataireId).ifPresent(convention::retirerSignature);
	}

	@Transactional(readOnly = true)
	public DeliberationService.FichierPdf copie(long conventionId, long signataireId) {
		Convention convention = this.acces.charger(conventionId);
		Signature signature = convention.signature(signataireId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Signature", signataireId));
		byte[] contenu = this.copies.findById(signature.getId())
			.map(SignatureCopie::getContenu)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Exemplaire signé", signataireId));
		return new DeliberationService.FichierPdf(signature.lue().copieNom(), contenu, null);
	}

	/**
	 * The signatories whose signature the current user may record: all for the Caf's
	 * drafters, their own collectivités for a chargé(e). One read of the convention.
	 */
	@Transactional(readOnly = true)
	public java.util.Set<Long> signablesParLUtilisateur(long conventionId) {
		return this.acces.charger(conventionId)
			.getSignataires()
			.stream()
			.filter(Signatures::peutSigner)
			.map(Signataire::getId)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	private static boolean peutSigner(Signataire signataire) {
		return UtilisateurConnecte.courant()
			.filter((u) -> u.role().redige() || (u.role().estCollectivite() && signataire.identite().siren() != null
					&& u.sirenCollectivites().contains(signataire.identite().siren())))
			.isPresent();
	}

	private static UtilisateurConnecte autorise(Signataire signataire) {
		if (!peutSigner(signataire)) {
			throw new AccessDeniedException("Vous ne pouvez pas enregistrer la signature de ce signataire.");
		}
		return UtilisateurConnecte.courant().orElseThrow();
	}

	private void verifierDate(long conventionId, LocalDate date) {
		SaisieSignature.verifierDate(date);
		this.transitions.findByConventionIdOrderByLeAscIdAsc(conventionId)
			.stream()
			.map(TransitionConvention::lue)
			.filter((t) -> t.vers() == StatutConvention.VALIDEE)
			.reduce((premiere, derniere) -> derniere)
			.map((t) -> t.le().atZone(PARIS).toLocalDate())
			.filter(date::isBefore)
			.ifPresent((validation) -> {
				throw DonneesInvalides.sur("date",
						"La convention a été validée le " + fr.atelierctg.common.francais.DatesFr.longue(validation)
								+ " : une signature ne peut pas être antérieure au texte signé.");
			});
	}

}
