package fr.atelierctg.notification;

/** What a notification is about; the reminders are sent once per convention and kind. */
public enum TypeNotification {

	INVITATION_CONCERTATION("Invitation à contribuer"), CONTRIBUTION_TRANSMISE("Contribution transmise"),
	RELECTURE("Prête pour relecture"), VALIDEE("Convention validée"), EN_SIGNATURE("Prête pour signature"),
	SIGNATURE_ENREGISTREE("Signature enregistrée"), SIGNEE("Convention signée"),
	RAPPEL_RENOUVELLEMENT("Renouvellement à préparer"), RAPPEL_BILAN_INTERMEDIAIRE("Bilan intermédiaire"),
	RAPPEL_DELIBERATION("Délibération manquante");

	private final String libelle;

	TypeNotification(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return this.libelle;
	}

}
