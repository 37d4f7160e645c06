package fr.atelierctg.annexe.equipements;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The types of équipements et services of annex 2, in the order of the CNAF model, with
 * their unit of capacity. Places for what children or young people attend (crèches, MAM,
 * passerelles, ALSH, accueil de jeunes), ETP for a Relais petite enfance, none for
 * services counted otherwise (LAEP, parentalité, centres sociaux, EVS, CLAS, accueil au
 * domicile, maisons des 1000 premiers jours) and for "autre".
 * <p>
 * Besides its label, each type is recognised by the abbreviations Caf staff write in
 * their spreadsheets, compared without case or accents. Ambiguous words are not accepted
 * on purpose: "crèche" or "EAJE" alone could be a PSU crèche or a micro-crèche Paje.
 */
public enum TypeEquipement {

	EAJE_PSU("EAJE PSU", "un EAJE PSU", Capacite.PLACES, "crèche PSU", "multi-accueil", "multi accueil PSU"),

	MICRO_CRECHE_PAJE("EAJE micro-crèche Paje", "une micro-crèche Paje", Capacite.PLACES, "micro-crèche", "microcrèche",
			"micro-crèche Paje", "microcrèche Paje", "MC Paje", "EAJE Paje"),

	MAM("Maison d'assistants maternels (MAM)", "une maison d'assistants maternels", Capacite.PLACES, "MAM",
			"maison d'assistants maternels", "maison d'assistantes maternelles"),

	ACCUEIL_AU_DOMICILE("service d'accueil au domicile des parents", "un service d'accueil au domicile des parents",
			Capacite.AUCUNE, "accueil au domicile", "garde à domicile"),

	RPE("Relais petite enfance (RPE)", "un Relais petite enfance", Capacite.ETP, "RPE", "relais petite enfance", "RAM",
			"relais assistants maternels"),

	PASSERELLE("structure avec dispositif passerelle", "une structure avec dispositif passerelle", Capacite.PLACES,
			"passerelle", "dispositif passerelle", "classe passerelle"),

	LAEP("LAEP", "un LAEP", Capacite.AUCUNE, "lieu d'accueil enfants parents", "lieu d'accueil enfant parent"),

	MAISON_DES_1000_JOURS("Maison des 1000 premiers jours / maison des parents", "une maison des 1000 premiers jours",
			Capacite.AUCUNE, "maison des 1000 premiers jours", "1000 premiers jours", "maison des parents"),

	SOUTIEN_PARENTALITE("action de soutien à la parentalité", "une action de soutien à la parentalité", Capacite.AUCUNE,
			"parentalité", "soutien à la parentalité", "REAAP"),

	ALSH_PERISCOLAIRE("ALSH périscolaire", "un ALSH périscolaire", Capacite.PLACES, "ALSH péri", "périscolaire",
			"accueil périscolaire"),

	ALSH_EXTRASCOLAIRE("ALSH extrascolaire", "un ALSH extrascolaire", Capacite.PLACES, "ALSH extra", "extrascolaire",
			"accueil extrascolaire", "centre de loisirs"),

	ACCUEIL_DE_JEUNES("accueil de jeunes", "un accueil de jeunes", Capacite.PLACES, "accueil jeunes", "espace jeunes"),

	CLAS("CLAS", "un CLAS", Capacite.AUCUNE, "contrat local d'accompagnement à la scolarité"),

	CENTRE_SOCIAL("centre social", "un centre social", Capacite.AUCUNE, "centre socioculturel"),

	EVS("espace de vie sociale (EVS)", "un espace de vie sociale", Capacite.AUCUNE, "EVS", "espace de vie sociale"),

	AUTRE("autre", "un équipement « autre »", Capacite.AUCUNE);

	private static final Map<String, TypeEquipement> PAR_CLE = new HashMap<>();

	static {
		for (TypeEquipement type : values()) {
			PAR_CLE.put(Textes.cle(type.libelle), type);
			for (String abreviation : type.abreviations) {
				TypeEquipement deja = PAR_CLE.put(Textes.cle(abreviation), type);
				if (deja != null && deja != type) {
					throw new IllegalStateException("Abréviation ambiguë : " + abreviation);
				}
			}
		}
	}

	private final String libelle;

	private final String designation;

	private final Capacite capacite;

	private final List<String> abreviations;

	TypeEquipement(String libelle, String designation, Capacite capacite, String... abreviations) {
		this.libelle = libelle;
		this.designation = designation;
		this.capacite = capacite;
		this.abreviations = List.of(abreviations);
	}

	/** The label of the model, e.g. "Relais petite enfance (RPE)". */
	public String libelle() {
		return this.libelle;
	}

	/** With its indefinite article, for sentences: "un Relais petite enfance". */
	public String designation() {
		return this.designation;
	}

	public Capacite capacite() {
		return this.capacite;
	}

	/** The other spellings accepted on import (case and accents ignored). */
	public List<String> abreviations() {
		return this.abreviations;
	}

	/** The type named by a label or an abbreviation, case and accents ignored. */
	public static Optional<TypeEquipement> reconnaitre(String saisie) {
		return Optional.ofNullable(PAR_CLE.get(Textes.cle(saisie)));
	}

	/** "EAJE PSU, EAJE micro-crèche Paje, …, autre", for error messages. */
	public static String libellesAcceptes() {
		return Arrays.stream(values()).map(TypeEquipement::libelle).collect(Collectors.joining(", "));
	}

}
