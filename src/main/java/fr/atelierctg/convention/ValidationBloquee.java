package fr.atelierctg.convention;

import java.util.List;

import fr.atelierctg.common.erreurs.ConflitMetier;

/** Validation refused while the check report holds blocking errors (409). */
public class ValidationBloquee extends ConflitMetier {

	private final transient List<VerificationConvention.Signalement> erreurs;

	ValidationBloquee(List<VerificationConvention.Signalement> erreurs) {
		super("La convention ne peut pas être validée : le rapport de vérification signale " + erreurs.size()
				+ ((erreurs.size() > 1) ? " erreurs bloquantes" : " erreur bloquante")
				+ ". Corrigez-les, puis validez de nouveau.");
		this.erreurs = List.copyOf(erreurs);
	}

	public List<VerificationConvention.Signalement> erreurs() {
		return this.erreurs;
	}

}
