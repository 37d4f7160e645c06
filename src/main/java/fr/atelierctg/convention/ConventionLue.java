package fr.atelierctg.convention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A whole convention as read by other modules (document rendering, checks). */
public record ConventionLue(long id, long cafId, String titre, String territoire, Periode periode, String lieuSignature,
		PresidenceCopil presidenceCopil, boolean ctgDansMaPoche, StatutConvention statut, String editionModele,
		Instant modifieLe, long version, List<SignataireLu> signataires, List<ArticleLu> articles,
		List<AnnexeLu> annexes, Cycle cycle, List<SignatureLu> signatures) {

	public Optional<SignatureLu> signature(long signataireId) {
		return this.signatures.stream().filter((s) -> s.signataireId() == signataireId).findFirst();
	}

	/** Every party signed; the last signature (date, place) closes the convention. */
	public Optional<SignatureLu> derniereSignature() {
		if (this.signatures.size() < this.signataires.size()) {
			return Optional.empty();
		}
		return this.signatures.stream().max(java.util.Comparator.comparing(SignatureLu::date));
	}

	/**
	 * Dates and links of the convention's life.
	 *
	 * @param dateSignaturePrevue planned signature date (reminders), may be null
	 * @param dateResiliation effective date of an early end, null unless résiliée
	 * @param predecesseurId the convention this one renews, may be null
	 */
	public record Cycle(LocalDate dateSignaturePrevue, LocalDate dateResiliation, MotifResiliation motifResiliation,
			Long predecesseurId) {
	}

	/**
	 * The same convention over another period (a consolidated text after a prolongation).
	 */
	public ConventionLue avecPeriode(Periode autre) {
		return new ConventionLue(this.id, this.cafId, this.titre, this.territoire, autre, this.lieuSignature,
				this.presidenceCopil, this.ctgDansMaPoche, this.statut, this.editionModele, this.modifieLe,
				this.version, this.signataires, this.articles, this.annexes, this.cycle, this.signatures);
	}

	/** The same parties with other signatures (those of an avenant). */
	public ConventionLue avecSignatures(List<SignatureLu> autres) {
		return new ConventionLue(this.id, this.cafId, this.titre, this.territoire, this.periode, this.lieuSignature,
				this.presidenceCopil, this.ctgDansMaPoche, this.statut, this.editionModele, this.modifieLe,
				this.version, this.signataires, this.articles, this.annexes, this.cycle, List.copyOf(autres));
	}

	public Optional<SignataireLu> caf() {
		return this.signataires.stream().filter((s) -> s.type() == TypeSignataire.CAF).findFirst();
	}

	public List<SignataireLu> collectivites() {
		return this.signataires.stream().filter((s) -> s.type().collectivite()).toList();
	}

	public List<SignataireLu> partenaires() {
		return this.signataires.stream().filter((s) -> s.type() == TypeSignataire.AUTRE).toList();
	}

	public Optional<SignataireLu> signataire(long signataireId) {
		return this.signataires.stream().filter((s) -> s.id() == signataireId).findFirst();
	}

	public Optional<AnnexeLu> annexe(long annexeId) {
		return this.annexes.stream().filter((a) -> a.id() == annexeId).findFirst();
	}

	public Optional<ArticleLu> article(long articleId) {
		return this.articles.stream().filter((a) -> a.id() == articleId).findFirst();
	}

}
