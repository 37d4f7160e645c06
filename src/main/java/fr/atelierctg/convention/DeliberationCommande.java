package fr.atelierctg.convention;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The deliberation authorising a representative; its date may be unknown while drafting.
 */
public record DeliberationCommande(@Size(max = 200, message = "200 caractères au plus.") String instance,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
}
