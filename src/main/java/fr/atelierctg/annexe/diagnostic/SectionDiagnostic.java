package fr.atelierctg.annexe.diagnostic;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The sections of annex 1 of the CNAF 2026 model, in its order: I, II a–d, III a–g. Part
 * I is a section by itself; parts II and III are headings over their lettered sections.
 */
public enum SectionDiagnostic {

	PRESENTATION_TERRITOIRE(Partie.I, null, "Présentation du territoire"),
	POPULATION_GENERALE(Partie.II, "a", "Population générale"),
	POPULATION_ALLOCATAIRES(Partie.II, "b", "Population allocataires"),
	DONNEES_SOCIO_ECONOMIQUES(Partie.II, "c", "Données socio-économiques (emploi, vulnérabilité, etc.)"),
	PRESTATIONS_CAF(Partie.II, "d", "Les prestations versées par la Caf"),
	PETITE_ENFANCE(Partie.III, "a", "Petite enfance"), PARENTALITE(Partie.III, "b", "Parentalité"),
	ENFANCE_JEUNESSE(Partie.III, "c", "Enfance-Jeunesse"),
	ANIMATION_VIE_SOCIALE(Partie.III, "d", "L'animation de la vie sociale"),
	LOGEMENT_CADRE_DE_VIE(Partie.III, "e", "Logement et cadre de vie"),
	ACCES_DROITS_SERVICES(Partie.III, "f", "L'accès aux droits et aux services"),
	INSERTION_AUTONOMIE_HANDICAP(Partie.III, "g", "Insertion, autonomie et inclusion handicap");

	private final Partie partie;

	private final @Nullable String lettre;

	private final String titre;

	SectionDiagnostic(Partie partie, @Nullable String lettre, String titre) {
		this.partie = partie;
		this.lettre = lettre;
		this.titre = titre;
	}

	public Partie partie() {
		return this.partie;
	}

	public String titre() {
		return this.titre;
	}

	/** "i", "ii-a", "iii-g": the section in URLs and in the API. */
	public String code() {
		String partie = this.partie.name().toLowerCase(java.util.Locale.ROOT);
		return (this.lettre == null) ? partie : partie + "-" + this.lettre;
	}

	/** "I. Présentation du territoire", "a. Population générale". */
	public String intitule() {
		return (this.lettre == null) ? this.partie.intitule() : this.lettre + ". " + this.titre;
	}

	/** "II. a. Population générale", where the part is not shown above. */
	public String intituleComplet() {
		return (this.lettre == null) ? intitule() : this.partie.name() + ". " + intitule();
	}

	/** Whether the section is the part itself (I), not one of its lettered sections. */
	public boolean estLaPartie() {
		return this.lettre == null;
	}

	/**
	 * The model's own text of the section, printed before what the Caf and the
	 * collectivités write (the petite enfance section recalls what the autorités
	 * organisatrices must establish, art. L. 214-1-3 CASF); empty for the others.
	 */
	public String texteDuModele() {
		if (this != PETITE_ENFANCE) {
			return "";
		}
		return "<p>Afin de répondre aux exigences du décret relatif au schéma pluriannuel de maintien et de "
				+ "développement de l'offre d'accueil du jeune enfant prévu à l'article L. 214-1-3 du code de "
				+ "l'action sociale et des familles, les Autorités organisatrices devront :</p><ul>"
				+ "<li>Répertorier les équipements, les services et les modes d'accueil existants pour l'accueil "
				+ "des enfants de moins de trois ans ;</li>"
				+ "<li>Préciser les besoins des enfants de moins de trois ans et de leurs familles ;</li>"
				+ "<li>Identifier les zones géographiques caractérisées par une offre d'accueil insuffisante ou "
				+ "par des difficultés dans l'accès à cette offre.</li></ul>";
	}

	public static Optional<SectionDiagnostic> parCode(String code) {
		return Arrays.stream(values()).filter((s) -> s.code().equals(code)).findFirst();
	}

	public static List<SectionDiagnostic> de(Partie partie) {
		return Arrays.stream(values()).filter((s) -> s.partie == partie).toList();
	}

}
