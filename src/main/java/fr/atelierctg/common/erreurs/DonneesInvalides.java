package fr.atelierctg.common.erreurs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Business rules broken by a command, as French messages per field (nothing was saved).
 */
public class DonneesInvalides extends RuntimeException {

	private final Map<String, String> erreurs;

	public DonneesInvalides(Map<String, String> erreurs) {
		super("Données invalides : " + erreurs.keySet());
		this.erreurs = new LinkedHashMap<>(erreurs);
	}

	public static DonneesInvalides sur(String champ, String message) {
		return new DonneesInvalides(Map.of(champ, message));
	}

	public Map<String, String> erreurs() {
		return this.erreurs;
	}

	/** Puts each message next to its field of a form. */
	public void signalerDans(org.springframework.validation.Errors formulaire) {
		this.erreurs.forEach((champ, message) -> formulaire.rejectValue(champ, "invalide", message));
	}

}
