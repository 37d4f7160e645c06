package fr.atelierctg.convention;

/**
 * An annex as read, with its computed number.
 *
 * @param contenu the rich text of an annex added by a user; null for an annex of the
 * model
 */
public record AnnexeLu(long id, int numero, String cle, String titre, String contenu, long version) {

	public boolean duModele() {
		return this.contenu == null;
	}

	/** "Annexe 3". */
	public String intitule() {
		return "Annexe " + this.numero;
	}

}
