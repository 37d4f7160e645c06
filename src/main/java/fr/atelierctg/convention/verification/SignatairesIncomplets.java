package fr.atelierctg.convention.verification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;
import fr.atelierctg.convention.Representant;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.convention.VerificationConvention;
import fr.atelierctg.modele.Gabarit;

/**
 * What a signatory needs before signing: a representative with civilité, name and qualité
 * (the grammar of "représentée par sa maire, Madame …, dûment autorisée" depends on
 * them), the Caf's directeur or directrice, and for a deliberating body the date of its
 * deliberation (its visa prints it).
 */
@Component
class SignatairesIncomplets implements VerificationConvention {

	@Override
	public List<Signalement> verifier(ConventionLue convention) {
		List<Signalement> signalements = new ArrayList<>();
		for (SignataireLu signataire : convention.signataires()) {
			String qui = Gabarit.majusculeInitiale(Designations.designation(signataire.identite()));
			String lien = "/conventions/" + convention.id() + "/signataires/" + signataire.id();
			manque(signataire.representant()).ifPresent(
					(manque) -> signalements.add(new Signalement(true, qui + " : représentant " + manque + ".", lien)));
			if (signataire.type() == TypeSignataire.CAF) {
				manque(signataire.coRepresentant()).ifPresent((manque) -> signalements
					.add(new Signalement(true, qui + " : directeur ou directrice " + manque + ".", lien)));
			}
			boolean delibere = signataire.deliberationInstance() != null
					&& !signataire.deliberationInstance().isBlank();
			if (delibere && signataire.deliberationDate() == null) {
				signalements.add(new Signalement(true,
						qui + " : date de la délibération manquante (son visa « Vu la délibération … en date du … » "
								+ "l'imprime).",
						lien + "#deliberation"));
			}
		}
		return signalements;
	}

	/** "à désigner", "sans civilité", "sans qualité", or nothing. */
	private static java.util.Optional<String> manque(Representant representant) {
		if (representant == null || representant.nom() == null || representant.nom().isBlank()) {
			return java.util.Optional.of("à désigner");
		}
		List<String> manques = new ArrayList<>();
		if (representant.civilite() == null) {
			manques.add("civilité");
		}
		if (representant.qualite() == null || representant.qualite().isBlank()) {
			manques.add("qualité");
		}
		return manques.isEmpty() ? java.util.Optional.empty()
				: java.util.Optional.of(representant.nomComplet() + " sans " + String.join(" ni ", manques));
	}

}
