package fr.atelierctg.convention;

import static fr.atelierctg.convention.StatutConvention.BROUILLON;
import static fr.atelierctg.convention.StatutConvention.CONCERTATION;
import static fr.atelierctg.convention.StatutConvention.ECHUE;
import static fr.atelierctg.convention.StatutConvention.EN_SIGNATURE;
import static fr.atelierctg.convention.StatutConvention.EN_VIGUEUR;
import static fr.atelierctg.convention.StatutConvention.RELECTURE;
import static fr.atelierctg.convention.StatutConvention.RESILIEE;
import static fr.atelierctg.convention.StatutConvention.SIGNEE;
import static fr.atelierctg.convention.StatutConvention.VALIDEE;

import java.util.Set;

import fr.atelierctg.tenancy.Role;

/**
 * The moves of a convention's life, with the roles allowed to make each. Moves without
 * roles are made by the application itself: "signée" when the last signature is recorded,
 * "en vigueur" and "échue" by the daily job from the period.
 */
public enum Transition {

	OUVRIR_CONCERTATION("Ouvrir la concertation",
			"Les chargés de coopération des collectivités sont invités à contribuer.", Set.of(BROUILLON), CONCERTATION,
			Set.of(Role.CONSEILLER, Role.DIRECTEUR), false),

	DEMANDER_RELECTURE("Passer en relecture", "La Caf relit l'ensemble avant validation.",
			Set.of(BROUILLON, CONCERTATION), RELECTURE, Set.of(Role.CONSEILLER, Role.DIRECTEUR), false),

	ROUVRIR_CONCERTATION("Rouvrir la concertation", "Les collectivités peuvent de nouveau compléter leurs parties.",
			Set.of(RELECTURE), CONCERTATION, Set.of(Role.CONSEILLER, Role.DIRECTEUR), false),

	VALIDER("Valider la convention",
			"Le texte et les annexes sont figés ; le rapport de vérification doit être sans erreur bloquante.",
			Set.of(RELECTURE), VALIDEE, Set.of(Role.DIRECTEUR), false),

	REPRENDRE_RELECTURE("Revenir en relecture", "Annule la validation pour corriger le texte avant les signatures.",
			Set.of(VALIDEE), RELECTURE, Set.of(Role.DIRECTEUR), true),

	METTRE_EN_SIGNATURE("Mettre en signature",
			"Chaque signataire peut désormais signer ; les signatures s'enregistrent une à une.", Set.of(VALIDEE),
			EN_SIGNATURE, Set.of(Role.CONSEILLER, Role.DIRECTEUR), false),

	CONSTATER_SIGNATURES("Signatures recueillies", "Tous les signataires ont signé.", Set.of(EN_SIGNATURE), SIGNEE,
			Set.of(), false),

	ENTRER_EN_VIGUEUR("Entrée en vigueur", "La période de la convention a commencé.", Set.of(SIGNEE), EN_VIGUEUR,
			Set.of(), false),

	CONSTATER_ECHEANCE("Échéance", "La période de la convention est terminée.", Set.of(SIGNEE, EN_VIGUEUR), ECHUE,
			Set.of(), false),

	RESILIER("Résilier la convention",
			"Fin anticipée : par mise en demeure restée sans effet ou par accord des parties.",
			Set.of(SIGNEE, EN_VIGUEUR), RESILIEE, Set.of(Role.DIRECTEUR), true);

	private final String libelle;

	private final String explication;

	private final Set<StatutConvention> depuis;

	private final StatutConvention vers;

	private final Set<Role> roles;

	private final boolean motifObligatoire;

	Transition(String libelle, String explication, Set<StatutConvention> depuis, StatutConvention vers, Set<Role> roles,
			boolean motifObligatoire) {
		this.libelle = libelle;
		this.explication = explication;
		this.depuis = depuis;
		this.vers = vers;
		this.roles = roles;
		this.motifObligatoire = motifObligatoire;
	}

	public String libelle() {
		return this.libelle;
	}

	public String explication() {
		return this.explication;
	}

	public Set<StatutConvention> depuis() {
		return this.depuis;
	}

	public StatutConvention vers() {
		return this.vers;
	}

	public boolean motifObligatoire() {
		return this.motifObligatoire;
	}

	/** Made by the application (signatures, dates), never offered to a user. */
	public boolean automatique() {
		return this.roles.isEmpty();
	}

	public boolean permisA(Role role) {
		return this.roles.contains(role);
	}

	public boolean possibleDepuis(StatutConvention statut) {
		return this.depuis.contains(statut);
	}

}
