package fr.atelierctg.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Caf (tenant) the current thread works for: the signed-in user's Caf, or the one
 * given explicitly to {@link #pour(long, Supplier)} by system tasks such as the demo data
 * loader. Both the Hibernate tenant filter and the PostgreSQL row-level security read it.
 */
public final class TenantContext {

	private static final ThreadLocal<Long> EXPLICITE = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<Long> cafCourante() {
		Long explicite = EXPLICITE.get();
		if (explicite != null) {
			return Optional.of(explicite);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UtilisateurConnecte utilisateur) {
			return Optional.of(utilisateur.cafId());
		}
		return Optional.empty();
	}

	/** The signed-in user of the current thread, if any. */
	public static Optional<UtilisateurConnecte> utilisateur() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UtilisateurConnecte utilisateur) {
			return Optional.of(utilisateur);
		}
		return Optional.empty();
	}

	/**
	 * Whether the current thread works for a collectivité (a chargé·e de coopération):
	 * what the Caf keeps internal is never shown to it. System tasks work for the Caf.
	 */
	public static boolean pourUneCollectivite() {
		return utilisateur().map((u) -> u.role().estCollectivite()).orElse(false);
	}

	public static <T> T pour(long cafId, Supplier<T> travail) {
		Long precedent = EXPLICITE.get();
		EXPLICITE.set(cafId);
		try {
			return travail.get();
		}
		finally {
			if (precedent == null) {
				EXPLICITE.remove();
			}
			else {
				EXPLICITE.set(precedent);
			}
		}
	}

	public static void pour(long cafId, Runnable travail) {
		pour(cafId, () -> {
			travail.run();
			return null;
		});
	}

}
