package fr.atelierctg.modele;

import java.time.Instant;
import java.util.List;

/**
 * The Caf's variant: its base edition, version, and each text it may adapt, national
 * wording beside the Caf's.
 */
public record VarianteLue(String editionBase, long version, String origine, Instant modifieeLe, String modifieePar,
		List<TexteVariante> textes, List<AdoptionLue> adoptions) {

	/**
	 * @param caf the Caf's wording (safe HTML), null when it follows the national one
	 * @param difference national → Caf, word by word (escaped HTML with del/ins); null
	 * when not adapted
	 */
	public record TexteVariante(String cle, String titre, String national, String caf, String difference,
			Instant modifieLe, String modifiePar) {

		public boolean adapte() {
			return this.caf != null;
		}

	}

}
