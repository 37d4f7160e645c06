package fr.atelierctg.historique;

import java.util.Locale;
import java.util.Map;

/** French names of the recorded columns, for readers of the history. */
final class Champs {

	private static final Map<String, String> COMMUNS = Map.ofEntries(Map.entry("titre", "Titre"),
			Map.entry("contenu", "Texte"), Map.entry("texte", "Texte"), Map.entry("nom", "Nom"),
			Map.entry("ordre", "Position"), Map.entry("type", "Type"), Map.entry("intitule", "Intitulé"),
			Map.entry("signataire_id", "Signataire"), Map.entry("code_insee", "Code INSEE"),
			Map.entry("siren", "SIREN"), Map.entry("civilite", "Civilité"), Map.entry("fonction", "Fonction"),
			Map.entry("nature", "Nature"), Map.entry("cle", "Clé"), Map.entry("section", "Section"),
			Map.entry("valeur", "Valeur"), Map.entry("sha256", "Empreinte SHA-256"),
			Map.entry("depose_par", "Déposé par"), Map.entry("frequence", "Fréquence"),
			Map.entry("description", "Description"), Map.entry("population", "Population"),
			// convention
			Map.entry("territoire", "Territoire"), Map.entry("date_debut", "Début de la période"),
			Map.entry("date_fin", "Fin de la période"), Map.entry("lieu_signature", "Lieu de signature"),
			Map.entry("presidence_copil", "Présidence du comité de pilotage"),
			Map.entry("ctg_dans_ma_poche", "« CTG dans ma poche »"), Map.entry("statut", "Statut"),
			Map.entry("edition_modele", "Édition du modèle"),
			Map.entry("date_signature_prevue", "Date de signature prévue"),
			Map.entry("date_resiliation", "Date de résiliation"),
			Map.entry("motif_resiliation", "Motif de résiliation"),
			Map.entry("predecesseur_id", "Convention précédente"),
			Map.entry("date_fin_prolongee", "Fin prolongée par avenant"),
			// signataire
			Map.entry("categorie", "Catégorie"), Map.entry("type_liaison", "Article devant le nom"),
			Map.entry("type_epci", "Type d'EPCI"), Map.entry("prenom", "Prénom du représentant"),
			Map.entry("nom_representant", "Représentant"), Map.entry("qualite", "Qualité du représentant"),
			Map.entry("co_civilite", "Civilité du co-représentant"),
			Map.entry("co_prenom", "Prénom du co-représentant"), Map.entry("co_nom", "Co-représentant"),
			Map.entry("co_qualite", "Qualité du co-représentant"),
			Map.entry("deliberation_instance", "Instance délibérante"),
			Map.entry("deliberation_date", "Date de la délibération"),
			// annexes, deliberations, signatures
			Map.entry("fichier_nom", "Fichier PDF"), Map.entry("fichier_taille", "Taille du fichier (octets)"),
			Map.entry("fichier_pages", "Pages du fichier"), Map.entry("fichier_sha256", "Empreinte SHA-256 du fichier"),
			Map.entry("nom_fichier", "Fichier"), Map.entry("taille", "Taille (octets)"), Map.entry("pages", "Pages"),
			Map.entry("date_signature", "Date de signature"), Map.entry("lieu", "Lieu"),
			Map.entry("copie_nom", "Copie signée"), Map.entry("copie_taille", "Taille de la copie (octets)"),
			Map.entry("copie_pages", "Pages de la copie"), Map.entry("copie_sha256", "Empreinte SHA-256 de la copie"),
			Map.entry("enregistre_par", "Enregistrée par"),
			// annex 2
			Map.entry("gestionnaire", "Gestionnaire"), Map.entry("adresse", "Adresse"), Map.entry("commune", "Commune"),
			Map.entry("capacite", "Capacité (places ou ETP)"),
			// annex 1
			Map.entry("libelle", "Libellé"), Map.entry("unite", "Unité"), Map.entry("source", "Source"),
			Map.entry("annee", "Année"),
			// annex 3
			Map.entry("axe_id", "Axe"), Map.entry("diagnostic_initial", "Diagnostic initial"),
			Map.entry("public_cible", "Public cible"), Map.entry("objectifs_operationnels", "Objectifs opérationnels"),
			Map.entry("modalites_mise_en_oeuvre", "Modalités de mise en œuvre"), Map.entry("echeances", "Échéances"),
			Map.entry("services_mobilises", "Services mobilisés"),
			Map.entry("resultats_attendus", "Résultats attendus"),
			Map.entry("partenaires_sollicites", "Partenaires sollicités"),
			Map.entry("indicateurs_evaluation", "Indicateurs d'évaluation"),
			Map.entry("specificites_ao", "Spécificités des autorités organisatrices"),
			Map.entry("pilote_signataire_id", "Pilote"), Map.entry("charge_cooperation_id", "Chargé·e de coopération"),
			Map.entry("code", "Code"), Map.entry("population_saisie", "Population saisie"),
			Map.entry("population_source", "Source de la population"),
			Map.entry("population_annee", "Année de la population"), Map.entry("recenser", "Recenser les besoins"),
			Map.entry("informer", "Informer les familles"), Map.entry("planifier", "Planifier"),
			Map.entry("soutenir", "Soutenir la qualité"), Map.entry("code_ao", "Autorité organisatrice"),
			Map.entry("zone", "Zone"), Map.entry("etp_vacants", "ETP vacants"), Map.entry("etp_a_creer", "ETP à créer"),
			Map.entry("competences", "Compétences à développer"), Map.entry("autres_besoins", "Autres besoins"),
			Map.entry("ligne", "Ligne"), Map.entry("colonne", "Colonne"), Map.entry("cout", "Coût indicatif"),
			Map.entry("annee_cible", "Année cible"), Map.entry("ingenierie_necessaire", "Ingénierie nécessaire"),
			Map.entry("ingenierie", "Ingénierie"),
			// annex 4
			Map.entry("frequence_copil", "Fréquence du comité de pilotage"),
			Map.entry("precision_frequence_copil", "Précision sur la fréquence du comité de pilotage"),
			Map.entry("missions_copil", "Missions du comité de pilotage"),
			Map.entry("frequence_technique", "Fréquence du comité technique"),
			Map.entry("precision_frequence_technique", "Précision sur la fréquence du comité technique"),
			Map.entry("missions_technique", "Missions du comité technique"), Map.entry("organisme", "Organisme"),
			Map.entry("theme", "Thème"), Map.entry("composition", "Composition"), Map.entry("employeur", "Employeur"),
			Map.entry("etp", "ETP"), Map.entry("financement_caf", "Financement de la Caf"));

	private static final Map<String, String> PARTICULIERS = Map.of("signataire.civilite", "Civilité du représentant",
			"equipement.signataire_id", "Liste de", "diagnostic_texte.signataire_id", "Auteur",
			"pilotage_membre_technique.signataire_id", "Organisme signataire", "pilotage_charge.signataire_id",
			"Employeur signataire", "annexe_fichier.contenu", "Fichier PDF", "deliberation.contenu", "Fichier PDF",
			"signature_copie.contenu", "Copie signée (PDF)");

	private Champs() {
	}

	static String libelle(String tableau, String champ) {
		String particulier = PARTICULIERS.get(tableau + "." + champ);
		if (particulier != null) {
			return particulier;
		}
		String commun = COMMUNS.get(champ);
		if (commun != null) {
			return commun;
		}
		String mots = champ.replace('_', ' ');
		return mots.substring(0, 1).toUpperCase(Locale.FRENCH) + mots.substring(1);
	}

}
