package fr.atelierctg.annexe.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A fiche action as typed in the form or sent to the API. Rich texts are sanitized on
 * save; the axis only matters on creation (a move is its own command).
 *
 * @param axeId the axis of a new action
 * @param piloteSignataireId one of the convention's signatories
 * @param chargeCooperationId an account of the Caf with the role chargé(e) de
 * coopération, or null
 * @param version the version the user edited, to refuse a save over someone else's
 * (optional)
 */
public record FicheActionCommande(@Nullable Long axeId,
		@NotBlank(message = "Indiquez l'intitulé de l'action.") @Size(max = 500,
				message = "L'intitulé ne peut dépasser 500 caractères.") @Nullable String intitule,
		@Size(max = 100_000, message = "Ce texte est trop long.") @Nullable String diagnosticInitial,
		@Size(max = 100_000, message = "Ce texte est trop long.") @Nullable String publicCible,
		@Size(max = 100_000, message = "Ce texte est trop long.") @Nullable String objectifsOperationnels,
		@Size(max = 100_000, message = "Ce texte est trop long.") @Nullable String modalitesMiseEnOeuvre,
		@Size(max = 2000, message = "Les échéances ne peuvent dépasser 2 000 caractères.") @Nullable String echeances,
		@Size(max = 100_000, message = "Ce texte est trop long.") @Nullable String servicesMobilises,
		@Size(max = 100_000, message = "Ce texte est trop long.") @Nullable String resultatsAttendus,
		@Size(max = 100_000, message = "Ce texte est trop long.") @Nullable String partenairesSollicites,
		@Size(max = 100_000, message = "Ce texte est trop long.") @Nullable String indicateursEvaluation,
		@Size(max = 100_000, message = "Ce texte est trop long.") @Nullable String specificitesAo,
		@NotNull(message = "Choisissez le pilote de l'action.") @Nullable Long piloteSignataireId,
		@Nullable Long chargeCooperationId, @Nullable Long version) {

	/** The form of an existing action. */
	static FicheActionCommande de(ActionLu action) {
		Fiche f = action.fiche();
		return new FicheActionCommande(action.axeId(), action.intitule(), f.diagnosticInitial(), f.publicCible(),
				f.objectifsOperationnels(), f.modalitesMiseEnOeuvre(), f.echeances(), f.servicesMobilises(),
				f.resultatsAttendus(), f.partenairesSollicites(), f.indicateursEvaluation(), f.specificitesAo(),
				action.piloteSignataireId(), action.chargeCooperationId(), action.version());
	}

	/** An empty form for a new action of that axis. */
	static FicheActionCommande nouvelle(long axeId, @Nullable Long pilote, @Nullable Long charge) {
		return new FicheActionCommande(axeId, "", "", "", "", "", "", "", "", "", "", "", pilote, charge, null);
	}

	/** What the user typed for that rubric, as is (for the form). */
	public String valeur(Rubrique rubrique) {
		String valeur = switch (rubrique) {
			case DIAGNOSTIC_INITIAL -> this.diagnosticInitial;
			case PUBLIC_CIBLE -> this.publicCible;
			case OBJECTIFS_OPERATIONNELS -> this.objectifsOperationnels;
			case MODALITES -> this.modalitesMiseEnOeuvre;
			case ECHEANCES -> this.echeances;
			case SERVICES -> this.servicesMobilises;
			case RESULTATS -> this.resultatsAttendus;
			case PARTENAIRES -> this.partenairesSollicites;
			case INDICATEURS -> this.indicateursEvaluation;
			case SPECIFICITES_AO -> this.specificitesAo;
		};
		return (valeur == null) ? "" : valeur;
	}

	/** The rubrics as they will be stored: rich texts sanitized, échéances stripped. */
	Fiche ficheNettoyee() {
		java.util.Map<Rubrique, String> propres = new java.util.EnumMap<>(Rubrique.class);
		for (Rubrique rubrique : Rubrique.values()) {
			String saisie = valeur(rubrique);
			propres.put(rubrique, rubrique.riche() ? fr.atelierctg.common.texte.TexteRiche.nettoyer(saisie)
					: saisie.replace("\r\n", "\n").strip());
		}
		return new Fiche(propres.get(Rubrique.DIAGNOSTIC_INITIAL), propres.get(Rubrique.PUBLIC_CIBLE),
				propres.get(Rubrique.OBJECTIFS_OPERATIONNELS), propres.get(Rubrique.MODALITES),
				propres.get(Rubrique.ECHEANCES), propres.get(Rubrique.SERVICES), propres.get(Rubrique.RESULTATS),
				propres.get(Rubrique.PARTENAIRES), propres.get(Rubrique.INDICATEURS),
				propres.get(Rubrique.SPECIFICITES_AO));
	}

}
