package fr.atelierctg.annexe.equipements;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the CSV file and the header names each one answers to. Headers are
 * compared without case, accents, punctuation or parenthesised remarks ("Capacité (places
 * ou ETP)" is "capacite"), in any order. Other columns (such as "Code INSEE" and "Unité"
 * of the export) are ignored.
 */
enum Colonne {

	TYPE("Type", true, "type d'équipement", "type de structure", "type de service", "catégorie"),

	NOM("Nom", true, "nom de l'équipement", "nom de la structure", "nom du service", "équipement", "structure",
			"dénomination"),

	GESTIONNAIRE("Gestionnaire", true, "organisme gestionnaire", "porteur", "opérateur"),

	ADRESSE("Adresse", false, "adresse postale"),

	COMMUNE("Commune", true, "ville", "localité", "commune d'implantation"),

	CAPACITE("Capacité", true, "capacité d'accueil", "places", "nombre de places", "ETP");

	private final String entete;

	private final boolean obligatoire;

	private final Set<String> cles;

	Colonne(String entete, boolean obligatoire, String... synonymes) {
		this.entete = entete;
		this.obligatoire = obligatoire;
		this.cles = Stream.concat(Stream.of(entete), Stream.of(synonymes))
			.map(Textes::cle)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The name of the field in the page's form and the API: "type", "capacite". */
	String champ() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The name written in the template and the exports. */
	String entete() {
		return this.entete;
	}

	static Optional<Colonne> reconnaitre(String entete) {
		String cle = Textes.cleSansParentheses(entete);
		return Stream.of(values()).filter((colonne) -> colonne.cles.contains(cle)).findFirst();
	}

	/** Where each column is in a header row, or why the header is unusable. */
	record Positions(Map<Colonne, Integer> index, List<String> erreurs) {

		static Positions lire(List<String> entetes, int numeroLigne) {
			Map<Colonne, Integer> index = new EnumMap<>(Colonne.class);
			List<String> erreurs = new ArrayList<>();
			for (int i = 0; i < entetes.size(); i++) {
				Optional<Colonne> colonne = reconnaitre(entetes.get(i));
				if (colonne.isPresent() && index.putIfAbsent(colonne.get(), i) != null) {
					erreurs.add("En-tête (ligne " + numeroLigne + ") : la colonne « " + colonne.get().entete
							+ " » apparaît deux fois (« " + entetes.get(index.get(colonne.get())) + " » et « "
							+ entetes.get(i) + " »).");
				}
			}
			List<String> manquantes = Stream.of(values())
				.filter((colonne) -> colonne.obligatoire && !index.containsKey(colonne))
				.map((colonne) -> "« " + colonne.entete + " »")
				.toList();
			if (!manquantes.isEmpty()) {
				erreurs.add("En-tête (ligne " + numeroLigne + ") : "
						+ ((manquantes.size() == 1) ? "colonne " + manquantes.get(0) + " absente"
								: "colonnes " + String.join(", ", manquantes) + " absentes")
						+ ". La première ligne doit nommer les colonnes : " + attendues() + ".");
			}
			return new Positions(index, erreurs);
		}

		String valeur(List<String> valeurs, Colonne colonne) {
			Integer i = this.index.get(colonne);
			return (i == null || i >= valeurs.size()) ? "" : valeurs.get(i);
		}

	}

	static String attendues() {
		return Stream.of(values()).map(Colonne::entete).collect(Collectors.joining(", "));
	}

}
