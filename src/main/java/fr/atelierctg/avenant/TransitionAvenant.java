package fr.atelierctg.avenant;

import java.util.Set;

import fr.atelierctg.tenancy.Role;

/**
 * The moves of an avenant a user makes, with the roles allowed. "Signé" is not one: the
 * last signature makes it.
 */
public enum TransitionAvenant {

	VALIDER("Valider l'avenant", "Son texte est figé ; il peut être mis en signature.", StatutAvenant.BROUILLON,
			StatutAvenant.VALIDE, Set.of(Role.DIRECTEUR)),

	REVENIR_AU_BROUILLON("Revenir au brouillon", "Annule la validation pour corriger le texte.", StatutAvenant.VALIDE,
			StatutAvenant.BROUILLON, Set.of(Role.DIRECTEUR)),

	METTRE_EN_SIGNATURE("Mettre en signature", "Les signatures de chaque partie s'enregistrent une à une.",
			StatutAvenant.VALIDE, StatutAvenant.EN_SIGNATURE, Set.of(Role.CONSEILLER, Role.DIRECTEUR)),

	ABANDONNER("Abandonner l'avenant", "Le brouillon est conservé, marqué abandonné ; un autre peut être rédigé.",
			StatutAvenant.BROUILLON, StatutAvenant.ABANDONNE, Set.of(Role.CONSEILLER, Role.DIRECTEUR));

	private final String libelle;

	private final String explication;

	private final StatutAvenant depuis;

	private final StatutAvenant vers;

	private final Set<Role> roles;

	TransitionAvenant(String libelle, String explication, StatutAvenant depuis, StatutAvenant vers, Set<Role> roles) {
		this.libelle = libelle;
		this.explication = explication;
		this.depuis = depuis;
		this.vers = vers;
		this.roles = roles;
	}

	public String libelle() {
		return this.libelle;
	}

	public String explication() {
		return this.explication;
	}

	public StatutAvenant depuis() {
		return this.depuis;
	}

	public StatutAvenant vers() {
		return this.vers;
	}

	public boolean permisA(Role role) {
		return this.roles.contains(role);
	}

}
