package fr.atelierctg.annexe.pilotage;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.convention.PresidenceCopil;

/**
 * Annex 4 of a convention as read: the comité de pilotage, the comité technique, the
 * commissions de travail and the chargés de coopération.
 *
 * @param version 0 while nothing was saved, then increases with each save of the Caf's
 * part; sent back with a change to refuse a save over someone else's
 * @param etpTotal the chargés de coopération's ETP added up
 */
public record PilotageLu(long version, PresidenceLue presidence, ComitePilotageLu comitePilotage,
		ComiteTechniqueLu comiteTechnique, List<CommissionLue> commissions,
		List<ChargeCooperationLu> chargesCooperation, BigDecimal etpTotal) {

	/** Whether the comité de pilotage has members and a meeting frequency. */
	public boolean renseignee() {
		return this.comitePilotage.frequence() != null
				&& this.comitePilotage.delegations().stream().anyMatch((d) -> !d.membres().isEmpty());
	}

	/** Whether anything was entered at all. */
	public boolean vide() {
		return this.version == 0 && this.comitePilotage.delegations().stream().allMatch((d) -> d.membres().isEmpty());
	}

	/**
	 * The presidency of the comité de pilotage: the option chosen in article 6 of the
	 * convention, never stored in the annex.
	 *
	 * @param texte the option's sentence as article 6 prints it
	 * @param article the number of the article « Modalités de collaboration », if the
	 * convention still has it
	 */
	public record PresidenceLue(PresidenceCopil option, String libelle, String texte, @Nullable Integer article) {
	}

	public record ComitePilotageLu(List<DelegationLue> delegations, @Nullable Frequence frequence,
			String precisionFrequence, String missions) {
	}

	/**
	 * The members one signatory designates.
	 *
	 * @param signataire its name as shown in tables: "Commune d'Agmé"
	 * @param version 0 while the list was never saved
	 */
	public record DelegationLue(long signataireId, String signataire, long version, List<MembreCopilLu> membres) {
	}

	/**
	 * @param nom first and last name; may be empty when only the function is known
	 */
	public record MembreCopilLu(@Nullable Civilite civilite, String nom, String fonction) {

		/** "Mme Jeanne Bissières", "M. Paul Monti", or the name alone. */
		public String nomAffiche() {
			if (this.nom.isBlank()) {
				return "";
			}
			return (this.civilite == null) ? this.nom : this.civilite.abregee() + " " + this.nom;
		}

	}

	public record ComiteTechniqueLu(List<MembreTechniqueLu> membres, @Nullable Frequence frequence,
			String precisionFrequence, String missions) {
	}

	/**
	 * @param signataireId the signatory the member comes from, or null for another
	 * organisme
	 * @param organisme the organisme as shown (the signatory's name when there is one)
	 */
	public record MembreTechniqueLu(String nom, String fonction, @Nullable Long signataireId, String organisme) {
	}

	/**
	 * @param composition plain text, line breaks kept
	 */
	public record CommissionLue(String intitule, String theme, String composition, String frequence) {
	}

	/**
	 * @param signataireId the signatory that employs them, or null for another employer
	 * @param employeur the employer as shown (the signatory's name when there is one)
	 */
	public record ChargeCooperationLu(String nom, @Nullable Long signataireId, String employeur, BigDecimal etp,
			String financementCaf) {
	}

}
