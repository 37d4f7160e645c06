package fr.atelierctg.convention;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-signature check report of a convention: what every
 * {@link VerificationConvention} bean finds, blocking errors first. It can be read at any
 * time; validation (issue #4) will require it free of errors.
 */
@Service
@Transactional(readOnly = true)
public class RapportVerification {

	private final ConventionApi conventions;

	private final List<VerificationConvention> verifications;

	RapportVerification(ConventionApi conventions, List<VerificationConvention> verifications) {
		this.conventions = conventions;
		this.verifications = verifications;
	}

	public List<VerificationConvention.Signalement> verifier(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		return this.verifications.stream()
			.flatMap((verification) -> verification.verifier(convention).stream())
			.sorted(Comparator.comparing((VerificationConvention.Signalement s) -> !s.bloquant()))
			.toList();
	}

}
