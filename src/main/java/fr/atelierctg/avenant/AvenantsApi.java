package fr.atelierctg.avenant;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.document.AvenantARediger;
import fr.atelierctg.document.DocumentApi;
import fr.atelierctg.document.DocumentRedige;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Reading a convention's avenants, for the pages (the convention page calls
 * {@code @avenantsApi.bloc(id)}), the API and the document. Every call reads the
 * convention first: 404 when the user does not reach it.
 */
@Service
@Transactional(readOnly = true)
public class AvenantsApi {

	private final ConventionApi conventions;

	private final AvenantRepository avenants;

	private final ConventionConsolidee consolidee;

	private final DocumentApi documents;

	AvenantsApi(ConventionApi conventions, AvenantRepository avenants, ConventionConsolidee consolidee,
			DocumentApi documents) {
		this.conventions = conventions;
		this.avenants = avenants;
		this.consolidee = consolidee;
		this.documents = documents;
	}

	public List<AvenantLu> lister(long conventionId) {
		this.conventions.lire(conventionId);
		return this.avenants.findByConventionIdOrderByNumero(conventionId).stream().map(Avenant::lu).toList();
	}

	public AvenantLu lire(long conventionId, int numero) {
		this.conventions.lire(conventionId);
		return this.avenants.findByConventionIdAndNumero(conventionId, numero)
			.map(Avenant::lu)
			.orElseThrow(() -> new AvenantIntrouvable("Avenant n° " + numero + " introuvable"));
	}

	/**
	 * What the block "Avenants" of the convention page shows.
	 *
	 * @param redigeable the user may draft one now (Caf drafter, convention signed, none
	 * under way)
	 */
	public record Bloc(List<AvenantLu> avenants, boolean redigeable, boolean signee, java.time.LocalDate fin) {
	}

	public Bloc bloc(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		List<AvenantLu> liste = this.avenants.findByConventionIdOrderByNumero(conventionId)
			.stream()
			.map(Avenant::lu)
			.toList();
		java.time.LocalDate fin = convention.periode().fin();
		for (AvenantLu avenant : liste) {
			if (avenant.statut() == StatutAvenant.SIGNE && avenant.nouvelleDateFin() != null) {
				fin = avenant.nouvelleDateFin();
			}
		}
		boolean signee = convention.statut() == StatutConvention.SIGNEE
				|| convention.statut() == StatutConvention.EN_VIGUEUR;
		boolean redacteur = UtilisateurConnecte.courant().filter((u) -> u.role().redige()).isPresent();
		boolean enCours = liste.stream().anyMatch((a) -> a.statut().enCours());
		return new Bloc(liste, signee && redacteur && !enCours, signee, fin);
	}

	/**
	 * Articles and annexes as the avenant quotes them: the consolidated text before it.
	 */
	public Map<String, TexteActuel> textesActuels(long conventionId, int numero) {
		lire(conventionId, numero);
		return this.consolidee.textesActuels(conventionId, numero);
	}

	/** The avenant written out (parties, visas, one article per modification). */
	public DocumentRedige document(long conventionId, int numero) {
		AvenantLu avenant = lire(conventionId, numero);
		ConventionLue convention = this.conventions.lire(conventionId);
		Map<String, TexteActuel> textes = this.consolidee.textesActuels(conventionId, numero);
		List<AvenantARediger.Modification> modifications = avenant.modifications().stream().map((m) -> {
			TexteActuel texte = textes.get(m.cle());
			return new AvenantARediger.Modification(m.cible() == CibleModification.ANNEXE,
					(texte == null) ? 0 : texte.numero(), m.titre(), m.ancienTexte(), m.nouveauTexte());
		}).toList();
		List<AvenantARediger.Precedent> precedents = this.consolidee.signes(conventionId, numero)
			.stream()
			.map((a) -> new AvenantARediger.Precedent(a.numero(), a.signeLe().orElseThrow()))
			.toList();
		return this.documents.avenant(new AvenantARediger(convention, avenant.numero(), avenant.objet(),
				avenant.dateEffet(), avenant.statut() == StatutAvenant.BROUILLON,
				convention.derniereSignature().map(fr.atelierctg.convention.SignatureLu::date).orElse(null),
				modifications, precedents, avenant.signatures(), avenant.lieu()));
	}

	public byte[] pdf(long conventionId, int numero) {
		return this.documents.pdfAvenant(document(conventionId, numero));
	}

	public String html(long conventionId, int numero) {
		return this.documents.htmlAvenant(document(conventionId, numero));
	}

}
