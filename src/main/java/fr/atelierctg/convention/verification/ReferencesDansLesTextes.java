package fr.atelierctg.convention.verification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.convention.AnnexeLu;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.VerificationConvention;

/**
 * Mistyped legal references in the texts users write (articles, free annexes); the visas
 * come from the model and are right by construction.
 */
@Component
class ReferencesDansLesTextes implements VerificationConvention {

	@Override
	public List<Signalement> verifier(ConventionLue convention) {
		List<Signalement> signalements = new ArrayList<>();
		for (ArticleLu article : convention.articles()) {
			String ou = (article.numero() > 0) ? "L'article " + article.numero() : "Le préambule";
			for (String erreur : ReferencesJuridiques.erreurs(TexteRiche.texte(article.contenu()))) {
				signalements.add(new Signalement(true, ou + " cite une référence erronée : " + erreur + ".",
						"/conventions/" + convention.id() + "/articles/" + article.id()));
			}
		}
		for (AnnexeLu annexe : convention.annexes()) {
			if (annexe.duModele() || annexe.estUnPdf()) {
				continue;
			}
			for (String erreur : ReferencesJuridiques.erreurs(TexteRiche.texte(annexe.contenu()))) {
				signalements
					.add(new Signalement(true, annexe.intitule() + " cite une référence erronée : " + erreur + ".",
							"/conventions/" + convention.id() + "/annexes/" + annexe.id()));
			}
		}
		return signalements;
	}

}
