package fr.atelierctg.common.erreurs;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A command that cannot apply to the current state of the data (409): its message is
 * French, written for the user, and shown as is.
 */
public class ConflitMetier extends RuntimeException {

	/** SQLSTATE raised by the database triggers that guard frozen conventions. */
	public static final String ETAT_SQL_CONVENTION_FIGEE = "CTG01";

	public static final String CONVENTION_FIGEE = "Cette convention est validée : son texte, ses signataires et ses "
			+ "annexes ne peuvent plus être modifiés. Après signature, toute modification passe par un avenant.";

	public ConflitMetier(String message) {
		super(message);
	}

	/**
	 * The conflict a database guard raised somewhere in this exception's causes: a change
	 * that slipped past the services onto a frozen convention, or a save that lost the
	 * race against another person's (optimistic locking, detected when the row is
	 * written).
	 */
	public static Optional<ConflitMetier> levePar(Throwable erreur) {
		for (Throwable cause = erreur; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && ETAT_SQL_CONVENTION_FIGEE.equals(sql.getSQLState())) {
				return Optional.of(new ConflitMetier(CONVENTION_FIGEE));
			}
			if (cause instanceof org.springframework.dao.OptimisticLockingFailureException) {
				return Optional.of(ModificationConcurrente.sansDetail());
			}
		}
		return Optional.empty();
	}

}
