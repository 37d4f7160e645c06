package fr.atelierctg.tenancy;

/** What a user may do in their Caf. A user has exactly one role. */
public enum Role {

	ADMIN_CAF("Administrateur·rice Caf"), CONSEILLER("Conseiller·ère Caf"), DIRECTEUR("Directeur·rice Caf"),
	CHARGE_COOPERATION("Chargé·e de coopération"), LECTEUR("Lecteur·rice");

	private final String libelle;

	Role(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

	public String autorite() {
		return "ROLE_" + name();
	}

	/** Caf staff who draft and edit conventions. */
	public boolean redige() {
		return this == CONSEILLER || this == DIRECTEUR;
	}

	public boolean estCollectivite() {
		return this == CHARGE_COOPERATION;
	}

}
