package fr.atelierctg.convention;

/** What kind of body signs. */
public enum TypeSignataire {

	CAF("Caf"), COMMUNE("Commune"), EPCI("Intercommunalité (EPCI)"), SYNDICAT("Syndicat intercommunal"),
	AUTRE("Autre partenaire");

	private final String libelle;

	TypeSignataire(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

	public boolean collectivite() {
		return this == COMMUNE || this == EPCI || this == SYNDICAT;
	}

	/** The body whose deliberation authorises the representative, by default. */
	public String instanceParDefaut() {
		return switch (this) {
			case CAF -> "conseil d'administration";
			case COMMUNE -> "conseil municipal";
			case EPCI -> "conseil communautaire";
			case SYNDICAT -> "comité syndical";
			case AUTRE -> "";
		};
	}

}
