package fr.atelierctg.commentaire;

import java.util.stream.Collectors;

import fr.atelierctg.commentaire.Commentaire.Auteur;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/** How the author of a comment is named next to it. */
final class Auteurs {

	private Auteurs() {
	}

	/**
	 * The Caf's staff by their role ("Conseiller·ère Caf"); a chargé·e de coopération by
	 * the collectivités on their account that sign the convention.
	 */
	static Auteur de(UtilisateurConnecte utilisateur, ConventionLue convention) {
		String organisme = utilisateur.role().libelle();
		if (utilisateur.role().estCollectivite()) {
			String collectivites = convention.signataires()
				.stream()
				.filter((s) -> s.identite().siren() != null
						&& utilisateur.sirenCollectivites().contains(s.identite().siren()))
				.map(SignataireLu::identite)
				.map((i) -> i.nom())
				.collect(Collectors.joining(", "));
			organisme = collectivites.isEmpty() ? organisme : collectivites;
		}
		return new Auteur(utilisateur.id(), utilisateur.nomComplet(), organisme,
				utilisateur.role().estCollectivite() ? utilisateur.sirenCollectivites() : java.util.Set.of());
	}

}
