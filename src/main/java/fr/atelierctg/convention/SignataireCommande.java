package fr.atelierctg.convention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A signatory to add or change. Communes are named by INSEE code and EPCI by SIREN (taken
 * from the national referential); a syndicat is typed by hand with its SIREN; other
 * partners by category.
 *
 * @param avecCommunesMembres for an EPCI: also add its member communes (representatives
 * to fill)
 */
public record SignataireCommande(@NotNull(message = "Choisissez le type de signataire.") TypeSignataire type,
		@Pattern(regexp = "^$|^[0-9][0-9AB][0-9]{3}$", message = "Un code INSEE a 5 caractères.") String codeInsee,
		@Pattern(regexp = "^$|^[0-9]{9}$", message = "Un SIREN a 9 chiffres.") String siren,
		@Size(max = 200, message = "200 caractères au plus.") String nom, CategoriePartenaire categorie,
		@Valid RepresentantCommande representant, @Valid RepresentantCommande coRepresentant,
		@Valid DeliberationCommande deliberation, Boolean avecCommunesMembres) {
}
