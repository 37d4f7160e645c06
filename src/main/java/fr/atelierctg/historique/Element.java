package fr.atelierctg.historique;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of element a change may touch, for the filter of the history page. */
enum Element {

	CONVENTION("La convention (titre, période, statut…)", "convention"), SIGNATAIRES("Signataires", "signataire"),
	ARTICLES("Articles", "article"), ANNEXES("Annexes (liste, textes, PDF)", "annexe", "annexe_fichier"),
	DELIBERATIONS("Délibérations", "deliberation"),
	DIAGNOSTIC("Diagnostic (annexe 1)", "diagnostic_texte", "diagnostic_chiffre"),
	EQUIPEMENTS("Équipements et services (annexe 2)", "equipement"),
	PLAN("Plan d'actions (annexe 3)", "plan_axe", "plan_action"),
	COMPETENCES("Compétences des autorités organisatrices (annexe 3)", "competence_ligne"),
	PROJECTIONS("Projections petite enfance (annexe 3)", "projection_tableau", "projection_valeur",
			"projection_projet"),
	PILOTAGE("Pilotage (annexe 4)", "pilotage", "pilotage_membre_technique", "pilotage_commission", "pilotage_charge",
			"pilotage_delegation", "pilotage_membre_copil"),
	SIGNATURES("Signatures", "signature", "signature_copie"),
	AVENANTS("Avenants", "avenant", "avenant_modification", "avenant_signature");

	private final String libelle;

	private final List<String> tables;

	Element(String libelle, String... tables) {
		this.libelle = libelle;
		this.tables = List.of(tables);
	}

	public String libelle() {
		return this.libelle;
	}

	List<String> tables() {
		return this.tables;
	}

	/** The value of the filter in an address: {@code equipements}. */
	public String parametre() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<Element> depuis(String parametre) {
		return Arrays.stream(values()).filter((e) -> e.parametre().equals(parametre.strip())).findFirst();
	}

}
