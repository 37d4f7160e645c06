package fr.atelierctg.common.erreurs;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A save refused because somebody else saved the same element since the user opened it
 * (optimistic locking): nothing of the refused save is kept, and the message says so. The
 * other person's version, when known, travels with the refusal so that the user can see
 * it (page) or read it (problem+json property {@code versionActuelle}).
 */
public class ModificationConcurrente extends ConflitMetier {

	public static final String MESSAGE = "Quelqu'un d'autre a enregistré cet élément depuis que vous l'avez ouvert : "
			+ "votre modification n'a pas été enregistrée. Relisez sa version, reportez-y vos changements, "
			+ "puis enregistrez de nouveau.";

	private final transient @Nullable Object versionActuelle;

	public ModificationConcurrente(String message, @Nullable Object versionActuelle) {
		super(message);
		this.versionActuelle = versionActuelle;
	}

	public static ModificationConcurrente sansDetail() {
		return new ModificationConcurrente(MESSAGE, null);
	}

	/**
	 * Runs a write that flushes now, so that losing the race against another person's
	 * save (same version read by both) becomes this French refusal, not a server error at
	 * commit.
	 */
	public static <T> T siDevance(java.util.function.Supplier<T> ecriture, String message) {
		try {
			return ecriture.get();
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			throw new ModificationConcurrente(message, null);
		}
	}

	/** The same refusal, now carrying the element as the other person saved it. */
	public ModificationConcurrente avec(Object versionActuelle) {
		return new ModificationConcurrente(getMessage(), versionActuelle);
	}

	public Optional<Object> versionActuelle() {
		return Optional.ofNullable(this.versionActuelle);
	}

}
