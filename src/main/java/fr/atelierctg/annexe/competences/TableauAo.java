package fr.atelierctg.annexe.competences;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A convention's AO table with its check: the commune rows in alphabetical order, then
 * the groupement rows in the order of the signatories.
 *
 * @param rapport the check of the whole table by {@link VerificationCompetences}
 * @param dateDeReference the date the relais petite enfance rule was assessed at: the end
 * of the convention's period (the rule applies if the convention runs into 2026 or later)
 */
public record TableauAo(long conventionId, List<LigneAo> lignes, RapportCompetences rapport,
		LocalDate dateDeReference) {

	public TableauAo {
		lignes = List.copyOf(lignes);
	}

	public List<LigneAo> communes() {
		return this.lignes.stream().filter(LigneAo::estUneCommune).toList();
	}

	public List<LigneAo> groupements() {
		return this.lignes.stream().filter((l) -> !l.estUneCommune()).toList();
	}

	public Optional<LigneAo> ligne(String code) {
		return this.lignes.stream().filter((l) -> l.code().equals(code)).findFirst();
	}

	/** Every finding with its row, errors first, then in the order of the table. */
	public List<ConstatLigne> constats() {
		List<ConstatLigne> constats = this.lignes.stream()
			.flatMap((l) -> l.constats().stream().map((c) -> new ConstatLigne(l, c)))
			.toList();
		return java.util.stream.Stream
			.concat(constats.stream().filter((c) -> c.constat().estBloquant()),
					constats.stream().filter((c) -> !c.constat().estBloquant()))
			.toList();
	}

	public long erreurs() {
		return this.lignes.stream().mapToLong(LigneAo::erreurs).sum();
	}

	public long avertissements() {
		return this.lignes.stream().mapToLong(LigneAo::avertissements).sum();
	}

	/** A finding and the row it is about. */
	public record ConstatLigne(LigneAo ligne, Constat constat) {
	}

}
