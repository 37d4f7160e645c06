package fr.atelierctg.document;

import java.time.LocalDate;
import java.util.List;

import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignatureLu;

/**
 * What an avenant says, for {@link DocumentApi#avenant}: the avenant module gathers it,
 * the document module writes it out in French.
 *
 * @param convention the convention it amends (its parties sign the avenant)
 * @param numero 1, 2…
 * @param objet the avenant's purpose, plain text typed by a user
 * @param dateEffet null: in force at its last signature
 * @param projet true until validated: "PROJET" watermark
 * @param signatureConvention the date of the convention's last signature
 * @param precedents the avenants signed before this one, in order
 * @param signatures the avenant's own signatures
 * @param lieu where it is signed, for "Fait à …" before the signatures (may be null)
 */
public record AvenantARediger(ConventionLue convention, int numero, String objet, LocalDate dateEffet, boolean projet,
		LocalDate signatureConvention, List<Modification> modifications, List<Precedent> precedents,
		List<SignatureLu> signatures, String lieu) {

	/**
	 * One modification of an article or an annex.
	 *
	 * @param annexe an annex rather than an article
	 * @param numero the article's or annex's number in the convention
	 * @param titre its title
	 * @param ancienTexte the wording it replaces, HTML written by the application
	 * @param nouveauTexte the new wording, sanitized rich text
	 */
	public record Modification(boolean annexe, int numero, String titre, String ancienTexte, String nouveauTexte) {
	}

	/** An avenant signed before: "Vu l'avenant n° 1 signé le …". */
	public record Precedent(int numero, LocalDate signeLe) {
	}

}
