package fr.atelierctg.convention;

import java.time.LocalDate;

/**
 * A signatory as read by other modules.
 *
 * @param representant may be null while drafting ("à compléter")
 * @param coRepresentant the Caf's directeur or directrice (the Caf signs twice)
 */
public record SignataireLu(long id, int ordre, IdentiteSignataire identite, Representant representant,
		Representant coRepresentant, String deliberationInstance, LocalDate deliberationDate, long version) {

	public TypeSignataire type() {
		return this.identite.type();
	}

}
