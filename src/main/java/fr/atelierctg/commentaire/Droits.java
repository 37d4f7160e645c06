package fr.atelierctg.commentaire;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenantContext;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Who may do what with comments. Everybody who reads the convention reads its shared
 * threads; the Caf's staff (lecteurs included) read its internal ones too. Conseillers,
 * directeurs, administrateurs and chargés de coopération write; only the Caf's staff open
 * internal threads. A thread is resolved or reopened by the Caf's writers, or by a
 * chargé·e of the collectivité that opened it.
 */
final class Droits {

	private static final Set<Role> ECRIVENT = EnumSet.of(Role.CONSEILLER, Role.DIRECTEUR, Role.ADMIN_CAF,
			Role.CHARGE_COOPERATION);

	private Droits() {
	}

	static UtilisateurConnecte utilisateur() {
		return TenantContext.utilisateur()
			.orElseThrow(() -> new AccessDeniedException("Connectez-vous pour lire les commentaires."));
	}

	static boolean voitLesInternes(UtilisateurConnecte utilisateur) {
		return !utilisateur.role().estCollectivite();
	}

	static boolean ecrit(UtilisateurConnecte utilisateur) {
		return ECRIVENT.contains(utilisateur.role());
	}

	static boolean choisitLaVisibilite(UtilisateurConnecte utilisateur) {
		return ecrit(utilisateur) && voitLesInternes(utilisateur);
	}

	static boolean changeLEtat(UtilisateurConnecte utilisateur, Fil fil) {
		return ecrit(utilisateur) && (voitLesInternes(utilisateur)
				|| !Collections.disjoint(utilisateur.sirenCollectivites(), fil.sirensDeLOuverture()));
	}

	static void verifierEcriture(UtilisateurConnecte utilisateur, Visibilite visibilite) {
		if (!ecrit(utilisateur)) {
			throw new AccessDeniedException("Votre rôle permet de lire les commentaires, pas d'en écrire.");
		}
		if (visibilite == Visibilite.INTERNE && !voitLesInternes(utilisateur)) {
			throw new AccessDeniedException("Seul le personnel de la Caf écrit des commentaires internes à la Caf.");
		}
	}

	static void verifierChangementDEtat(UtilisateurConnecte utilisateur, Fil fil) {
		if (!changeLEtat(utilisateur, fil)) {
			throw new AccessDeniedException(
					"Seuls la Caf et la collectivité qui a ouvert la discussion peuvent la résoudre ou la rouvrir.");
		}
	}

}
