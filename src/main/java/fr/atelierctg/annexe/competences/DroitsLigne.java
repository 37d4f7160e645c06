package fr.atelierctg.annexe.competences;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.DroitsEdition;
import fr.atelierctg.convention.TypeSignataire;

/**
 * Who may change a commune's row: whoever may change its signatory's part, and also the
 * chargé(e) de coopération of the signatory EPCI it belongs to — on a territory where the
 * agglomération and its communes all sign, the agglomération's chargé(e) fills the table
 * for the whole territory (as in the Val de Garonne CTG).
 */
final class DroitsLigne {

	private DroitsLigne() {
	}

	static boolean peutEditer(DroitsEdition droits, ConventionLue convention, long signataireId,
			@Nullable String sirenEpci) {
		if (droits.peutEditer(convention, signataireId)) {
			return true;
		}
		return sirenEpci != null && convention.collectivites()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.EPCI && sirenEpci.equals(s.identite().siren()))
			.anyMatch((epci) -> droits.peutEditer(convention, epci.id()));
	}

	static void verifier(DroitsEdition droits, ConventionLue convention, long signataireId,
			@Nullable String sirenEpci) {
		if (!peutEditer(droits, convention, signataireId, sirenEpci)) {
			throw new AccessDeniedException("Vous ne pouvez pas modifier la ligne de cette commune.");
		}
	}

}
