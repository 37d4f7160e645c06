package fr.atelierctg.convention;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The general information of a convention, as typed in the form or sent to the API. */
@PeriodeValide
public record ConventionCommande(
		@NotBlank(message = "Indiquez le titre de la convention.") @Size(max = 200,
				message = "Le titre ne peut dépasser 200 caractères.") String titre,
		@Size(max = 200, message = "Le territoire ne peut dépasser 200 caractères.") String territoire,
		@NotNull(message = "Indiquez la date de début.") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate dateDebut,
		@NotNull(message = "Indiquez la date de fin.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateFin,
		@Size(max = 100, message = "Le lieu de signature ne peut dépasser 100 caractères.") String lieuSignature,
		PresidenceCopil presidenceCopil, Boolean ctgDansMaPoche) {

	Periode periode() {
		return new Periode(this.dateDebut, this.dateFin);
	}

	String territoireOuVide() {
		return (this.territoire == null) ? "" : this.territoire.strip();
	}

}
