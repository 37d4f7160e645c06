package fr.atelierctg.avenant;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.CycleDeVie;
import fr.atelierctg.convention.PdfVerifie;
import fr.atelierctg.convention.SaisieSignature;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Signatures of an avenant "en signature", one per party of the convention, recorded by
 * the Caf: date, place, optionally the signed copy (PDF, SHA-256 kept). The last one
 * makes the avenant "signé"; a signed prolongation moves the convention's end.
 */
@Service
@Transactional
public class SignaturesAvenant {

	private final ConventionApi conventions;

	private final AvenantRepository avenants;

	private final SignatureAvenantCopieRepository copies;

	private final CycleDeVie cycle;

	SignaturesAvenant(ConventionApi conventions, AvenantRepository avenants, SignatureAvenantCopieRepository copies,
			CycleDeVie cycle) {
		this.conventions = conventions;
		this.avenants = avenants;
		this.copies = copies;
		this.cycle = cycle;
	}

	public AvenantLu enregistrer(long conventionId, int numero, long signataireId, @Nullable LocalDate date,
			@Nullable String lieu, @Nullable String nomFichier, byte @Nullable [] copie) {
		UtilisateurConnecte auteur = UtilisateurConnecte.courant()
			.filter((u) -> u.role().redige())
			.orElseThrow(() -> new AccessDeniedException(
					"Les signatures d'un avenant sont enregistrées par les conseillers et la direction de la Caf."));
		ConventionLue convention = this.conventions.lire(conventionId);
		convention.signataire(signataireId)
			.orElseThrow(() -> new AvenantIntrouvable("Signataire " + signataireId + " introuvable"));
		Avenant avenant = this.avenants.findByConventionIdAndNumero(conventionId, numero)
			.orElseThrow(() -> new AvenantIntrouvable("Avenant n° " + numero + " introuvable"));
		if (avenant.getStatut() != StatutAvenant.EN_SIGNATURE) {
			throw new ConflitMetier("Les signatures s'enregistrent quand l'avenant est « En signature » ; il est « "
					+ avenant.getStatut().libelle() + " ».");
		}
		if (avenant.signature(signataireId).isPresent()) {
			throw new ConflitMetier("La signature de ce signataire est déjà enregistrée.");
		}
		SaisieSignature.verifierDate(date);
		String lieuSigne = SaisieSignature.lieu(lieu);
		PdfVerifie pdf = (copie == null || copie.length == 0) ? null
				: PdfVerifie.verifier(copie, "copie", "l'exemplaire signé");
		SignatureAvenant signature = avenant.signer(new SignatureAvenant(signataireId, date, lieuSigne,
				(pdf == null) ? null : PdfVerifie.nomLisible(nomFichier, "avenant-signe.pdf"), pdf,
				auteur.nomComplet()));
		this.avenants.flush();
		if (pdf != null) {
			this.copies.save(new SignatureAvenantCopie(signature.getId(), pdf.contenu()));
		}
		if (avenant.getSignatures().size() >= convention.signataires().size()) {
			avenant.constaterSignatures();
			if (avenant.getType() == TypeAvenant.PROLONGATION && avenant.getNouvelleDateFin() != null) {
				this.cycle.prolonger(conventionId, avenant.getNouvelleDateFin(),
						"avenant n° " + avenant.getNumero() + " signé par toutes les parties");
			}
		}
		return avenant.lu();
	}

	/** A signature recorded by mistake, while the others are still awaited. */
	public AvenantLu retirer(long conventionId, int numero, long signataireId) {
		UtilisateurConnecte.courant()
			.filter((u) -> u.role().redige())
			.orElseThrow(() -> new AccessDeniedException("Seule la Caf retire une signature d'avenant."));
		this.conventions.lire(conventionId);
		Avenant avenant = this.avenants.findByConventionIdAndNumero(conventionId, numero)
			.orElseThrow(() -> new AvenantIntrouvable("Avenant n° " + numero + " introuvable"));
		if (avenant.getStatut() != StatutAvenant.EN_SIGNATURE) {
			throw new ConflitMetier("Une fois l'avenant signé par tous, ses signatures ne changent plus.");
		}
		avenant.signature(signataireId).ifPresent((s) -> {
			this.copies.findById(s.getId()).ifPresent(this.copies::delete);
			avenant.getSignatures().remove(s);
		});
		return avenant.lu();
	}

	/** The signed copy of a party, when one was deposited. */
	@Transactional(readOnly = true)
	public FichierSigne copie(long conventionId, int numero, long signataireId) {
		this.conventions.lire(conventionId);
		Avenant avenant = this.avenants.findByConventionIdAndNumero(conventionId, numero)
			.orElseThrow(() -> new AvenantIntrouvable("Avenant n° " + numero + " introuvable"));
		SignatureAvenant signature = avenant.signature(signataireId)
			.filter((s) -> s.getCopieNom() != null)
			.orElseThrow(() -> new AvenantIntrouvable("Exemplaire signé " + signataireId + " introuvable"));
		byte[] contenu = this.copies.findById(signature.getId())
			.map(SignatureAvenantCopie::getContenu)
			.orElseThrow(() -> new AvenantIntrouvable("Exemplaire signé " + signataireId + " introuvable"));
		return new FichierSigne(signature.getCopieNom(), contenu);
	}

	public record FichierSigne(String nom, byte[] contenu) {
	}

}
