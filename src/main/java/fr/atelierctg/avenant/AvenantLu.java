package fr.atelierctg.avenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.convention.SignatureLu;

/**
 * An avenant as read by the pages, the API and the document.
 *
 * @param dateEffet null: in force at its last signature
 * @param nouvelleDateFin the convention's new end, for a prolongation
 * @param signatures one per party that signed, oldest first
 */
public record AvenantLu(long id, long conventionId, int numero, TypeAvenant type, StatutAvenant statut, String objet,
		@Nullable LocalDate dateEffet, @Nullable LocalDate nouvelleDateFin, @Nullable String lieu, String creePar,
		Instant creeLe, Instant modifieLe, long version, List<ModificationLue> modifications,
		List<SignatureLu> signatures) {

	public Optional<SignatureLu> signature(long signataireId) {
		return this.signatures.stream().filter((s) -> s.signataireId() == signataireId).findFirst();
	}

	/** The date of its last signature, once signed. */
	public Optional<LocalDate> signeLe() {
		return (this.statut == StatutAvenant.SIGNE)
				? this.signatures.stream().map(SignatureLu::date).max(Comparator.naturalOrder()) : Optional.empty();
	}

	public Optional<ModificationLue> modification(CibleModification cible, String reference) {
		return this.modifications.stream()
			.filter((m) -> m.cible() == cible && m.reference().equals(reference))
			.findFirst();
	}

}
