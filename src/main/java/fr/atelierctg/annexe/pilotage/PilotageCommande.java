package fr.atelierctg.annexe.pilotage;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.common.francais.Civilite;

/**
 * A change of annex 4, all or nothing: the meeting frequencies and missions, the comité
 * technique, the commissions de travail and the chargés de coopération; and, when
 * {@code comitePilotage.delegations} is given, the members of those signatories. Rows
 * left entirely blank are ignored (forms offer spare rows). Checked by the service:
 * errors name the field, e.g. {@code chargesCooperation[1].etp}.
 *
 * @param version the version read (optional): a save over a newer one is refused
 */
public record PilotageCommande(@Nullable Long version, @Nullable ComitePilotageCommande comitePilotage,
		@Nullable ComiteTechniqueCommande comiteTechnique, @Nullable List<@Nullable CommissionCommande> commissions,
		@Nullable List<@Nullable ChargeCooperationCommande> chargesCooperation) {

	/**
	 * @param frequence ANNUELLE, SEMESTRIELLE, TRIMESTRIELLE or AUTRE (then
	 * {@code precisionFrequence} says how often)
	 * @param missions rich text, sanitized
	 * @param delegations null to leave the members as they are
	 */
	public record ComitePilotageCommande(@Nullable Frequence frequence, @Nullable String precisionFrequence,
			@Nullable String missions, @Nullable List<@Nullable DelegationCommande> delegations) {
	}

	/**
	 * The members of the comité de pilotage designated by one signatory.
	 *
	 * @param signataireId required in {@link ComitePilotageCommande#delegations}, taken
	 * from the URL otherwise
	 * @param version the version read (optional)
	 */
	public record DelegationCommande(@Nullable Long signataireId, @Nullable List<@Nullable MembreCopilCommande> membres,
			@Nullable Long version) {
	}

	/** A name, a function, or both. */
	public record MembreCopilCommande(@Nullable Civilite civilite, @Nullable String nom, @Nullable String fonction) {
	}

	public record ComiteTechniqueCommande(@Nullable Frequence frequence, @Nullable String precisionFrequence,
			@Nullable String missions, @Nullable List<@Nullable MembreTechniqueCommande> membres) {
	}

	/**
	 * @param signataireId a signatory of the convention, or else {@code organisme}
	 */
	public record MembreTechniqueCommande(@Nullable String nom, @Nullable String fonction, @Nullable Long signataireId,
			@Nullable String organisme) {
	}

	public record CommissionCommande(@Nullable String intitule, @Nullable String theme, @Nullable String composition,
			@Nullable String frequence) {
	}

	/**
	 * @param signataireId the employer if it signs the convention, or else
	 * {@code employeur}
	 * @param etp as typed: "0,5", "1.75"; more than 0, at most 10, two decimals at most
	 */
	public record ChargeCooperationCommande(@Nullable String nom, @Nullable Long signataireId,
			@Nullable String employeur, @Nullable String etp, @Nullable String financementCaf) {
	}

}
