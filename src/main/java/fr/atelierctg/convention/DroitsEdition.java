package fr.atelierctg.convention;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Who may change what in a convention. Caf conseillers and directeurs edit everything; a
 * chargé(e) de coopération edits only the parts of the signatory collectivités whose
 * SIREN is on their account (their annex 2 list, their AO rows and projection table,
 * their actions…); everybody else reads. Services call {@code verifier…} before every
 * write: the server refuses (403) what the pages hide.
 */
@Component
public class DroitsEdition {

	/** Caf staff who draft: conseiller, directeur. */
	public boolean redigeTout() {
		return utilisateur().map((u) -> u.role().redige()).orElse(false);
	}

	/** Whether the current user may change the part of this signatory. */
	public boolean peutEditer(ConventionLue convention, long signataireId) {
		if (convention.statut().fige()) {
			return false;
		}
		if (redigeTout()) {
			return true;
		}
		return utilisateur().filter((u) -> u.role().estCollectivite())
			.flatMap((u) -> convention.signataire(signataireId)
				.map((s) -> s.identite().siren() != null && u.sirenCollectivites().contains(s.identite().siren())))
			.orElse(false);
	}

	/**
	 * Whether the current user may change at least one part of the convention (a
	 * chargé(e) whose collectivité signs it).
	 */
	public boolean peutEditerUnePartie(ConventionLue convention) {
		if (convention.statut().fige()) {
			return false;
		}
		return redigeTout() || convention.signataires().stream().anyMatch((s) -> peutEditer(convention, s.id()));
	}

	/** The signatories whose parts the current user may change. */
	public java.util.List<SignataireLu> partiesEditables(ConventionLue convention) {
		return convention.signataires().stream().filter((s) -> peutEditer(convention, s.id())).toList();
	}

	/**
	 * @throws AccessDeniedException (403) unless {@link #peutEditer}
	 */
	public void verifierEdition(ConventionLue convention, long signataireId) {
		verifierModifiable(convention);
		if (!peutEditer(convention, signataireId)) {
			throw new AccessDeniedException("Vous ne pouvez pas modifier la partie de ce signataire.");
		}
	}

	/**
	 * @throws ConventionFigee (409) once the convention is validated
	 */
	public void verifierModifiable(ConventionLue convention) {
		if (convention.statut().fige()) {
			throw new ConventionFigee();
		}
	}

	/**
	 * Caf drafting on a convention still in redaction.
	 * @throws ConventionFigee (409) once the convention is validated
	 * @throws AccessDeniedException (403) unless {@link #redigeTout}
	 */
	public void verifierRedactionCaf(ConventionLue convention) {
		verifierModifiable(convention);
		verifierRedactionCaf();
	}

	/**
	 * @throws AccessDeniedException (403) unless {@link #redigeTout}
	 */
	public void verifierRedactionCaf() {
		if (!redigeTout()) {
			throw new AccessDeniedException(
					"Seuls les conseillers et directeurs de la Caf peuvent modifier cette partie.");
		}
	}

	private static Optional<UtilisateurConnecte> utilisateur() {
		return UtilisateurConnecte.courant();
	}

}
