package fr.atelierctg.avenant;

/**
 * An article or an annex as the consolidated convention prints it today: what a new
 * modification quotes as its old wording.
 *
 * @param intitule "Article 10", "Annexe 2"
 * @param html the printed text, HTML written by the application
 */
public record TexteActuel(CibleModification cible, String reference, int numero, String intitule, String titre,
		String html) {

	public String cle() {
		return this.cible.cle(this.reference);
	}

}
