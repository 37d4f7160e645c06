package fr.atelierctg.convention;

/**
 * An annex as read, with its computed number.
 *
 * @param contenu the rich text of an annex added by a user; null for an annex of the
 * model, empty for an uploaded PDF
 * @param fichier the uploaded PDF an annex is made of, null for a text annex
 */
public record AnnexeLu(long id, int numero, String cle, String titre, String contenu, FichierJoint fichier,
		long version) {

	public boolean estUnPdf() {
		return this.fichier != null;
	}

	public boolean duModele() {
		return this.contenu == null;
	}

	/** "Annexe 3". */
	public String intitule() {
		return "Annexe " + this.numero;
	}

}
