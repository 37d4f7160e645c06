package fr.atelierctg.annexe.equipements;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.atelierctg.annexe.equipements.ResultatImport.LigneEnErreur;
import fr.atelierctg.annexe.equipements.ResultatImport.Refuse;
import fr.atelierctg.annexe.equipements.ResultatImport.Valide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Imports the list of équipements of annex 2 from a CSV file as Excel and LibreOffice
 * write it (see {@link FichierTexte} for encodings and separators, {@link Colonne} for
 * headers).
 * <p>
 * All or nothing: either every row is valid, or the result lists every faulty row with
 * all its reasons, numbered as in a spreadsheet (header = line 1, blank lines count, a
 * quoted cell spanning several lines is one row). Blank rows (even ";;;;;") are skipped.
 * <p>
 * The parsing itself is Apache Commons CSV: quoted fields with separators, doubled quotes
 * and line breaks inside are the cases hand-written splitting gets wrong, and it is a
 * small, well-kept library with no dependencies beyond commons-io and commons-codec.
 */
public final class ImportEquipements {

	/**
	 * More rows than any real list (they run to hundreds); beyond, the file is refused.
	 */
	public static final int LIGNES_MAX = 5_000;

	/** Longest accepted cell, so a wrong file cannot fill the database with junk. */
	public static final int LONGUEUR_MAX = 500;

	/** Larger files are refused before decoding (a 5,000-row file is well under 2 MB). */
	public static final int OCTETS_MAX = 10 * 1024 * 1024;

	private ImportEquipements() {
	}

	/**
	 * @param fichier the uploaded bytes
	 * @param communes resolves a commune as typed (name or INSEE code) to its INSEE code,
	 * or empty when the referential does not know it; called once per distinct value
	 */
	public static ResultatImport lire(byte[] fichier, Function<String, Optional<String>> communes) {
		if (fichier.length == 0) {
			return Refuse.fichier("Le fichier est vide.");
		}
		if (fichier.length > OCTETS_MAX) {
			return Refuse.fichier("Le fichier dépasse 10 Mo : ce n'est pas une liste d'équipements.");
		}
		if (FichierTexte.estUnClasseur(fichier)) {
			return Refuse.fichier("Ce fichier est un classeur (.xlsx ou .ods) : enregistrez-le au format CSV "
					+ "(« CSV UTF-8 » ou « CSV (séparateur : point-virgule) ») puis importez le fichier .csv.");
		}
		FichierTexte texte = FichierTexte.decoder(fichier);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(texte.separateur())
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(texte.texte()), format)) {
			return lire(parser.iterator(), new Resolution(communes));
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// Commons CSV reports an unterminated quote as an UncheckedIOException.
			return Refuse.fichier("Le fichier n'a pas pu être lu comme un CSV : un guillemet (\") ouvert n'est "
					+ "sans doute jamais refermé. Vérifiez les cellules qui contiennent des guillemets.");
		}
	}

	private static ResultatImport lire(Iterator<CSVRecord> enregistrements, Resolution resolution) {
		Colonne.Positions positions = null;
		List<LigneEquipement> lignes = new ArrayList<>();
		List<LigneEnErreur> erreurs = new ArrayList<>();
		int lues = 0;
		while (enregistrements.hasNext()) {
			CSVRecord enregistrement = enregistrements.next();
			List<String> valeurs = enregistrement.toList();
			if (valeurs.stream().allMatch(String::isBlank)) {
				continue;
			}
			int numero = Math.toIntExact(enregistrement.getRecordNumber());
			if (positions == null) {
				positions = Colonne.Positions.lire(valeurs, numero);
				if (!positions.erreurs().isEmpty()) {
					return new Refuse(positions.erreurs(), List.of());
				}
				continue;
			}
			if (++lues > LIGNES_MAX) {
				return Refuse
					.fichier("Le fichier compte plus de 5 000 équipements : découpez-le en plusieurs fichiers.");
			}
			LigneLue ligne = LigneLue.lire(positions, valeurs, resolution);
			if (ligne.erreurs().isEmpty()) {
				lignes.add(ligne.ligne());
			}
			else {
				erreurs.add(new LigneEnErreur(numero, ligne.erreurs()));
			}
		}
		if (positions == null) {
			return Refuse.fichier("Le fichier est vide.");
		}
		if (lues == 0) {
			return Refuse.fichier("Le fichier ne contient aucun équipement sous la ligne d'en-tête.");
		}
		return erreurs.isEmpty() ? new Valide(lignes) : new Refuse(List.of(), erreurs);
	}

	/**
	 * Asks the referential once per distinct commune, and recognises each distinct type
	 * once.
	 */
	static final class Resolution {

		private final Function<String, Optional<String>> communes;

		private final Map<String, Optional<String>> connues = new HashMap<>();

		private final Map<String, Optional<TypeEquipement>> types = new HashMap<>();

		Resolution(Function<String, Optional<String>> communes) {
			this.communes = communes;
		}

		Optional<String> codeInsee(String commune) {
			return this.connues.computeIfAbsent(commune, this.communes);
		}

		Optional<TypeEquipement> type(String saisie) {
			return this.types.computeIfAbsent(saisie, TypeEquipement::reconnaitre);
		}

	}

	/**
	 * One row typed in the page's form rather than read from a file: the same checks,
	 * each problem attached to its field ("type", "nom", "gestionnaire", "adresse",
	 * "commune", "capacite").
	 */
	public static LigneVerifiee verifier(SaisieEquipement saisie, Function<String, Optional<String>> communes) {
		Map<Colonne, Integer> index = new java.util.EnumMap<>(Colonne.class);
		for (Colonne colonne : Colonne.values()) {
			index.put(colonne, colonne.ordinal());
		}
		List<String> valeurs = java.util.Arrays.asList(saisie.type(), saisie.nom(), saisie.gestionnaire(),
				saisie.adresse(), saisie.commune(), saisie.capacite());
		LigneLue lue = LigneLue.lire(new Colonne.Positions(index, List.of()),
				valeurs.stream().map((v) -> (v == null) ? "" : v).toList(), new Resolution(communes));
		Map<String, String> erreurs = new java.util.LinkedHashMap<>();
		lue.problemes()
			.forEach((probleme) -> erreurs.merge(probleme.colonne().champ(), probleme.message(),
					(premier, second) -> premier + " ; " + second));
		return new LigneVerifiee(lue.ligne(), erreurs);
	}

	/**
	 * @param ligne null when {@code erreurs} is not empty
	 * @param erreurs by field, first letter capitalised, in French
	 */
	public record LigneVerifiee(@Nullable LigneEquipement ligne, Map<String, String> erreurs) {

		public LigneVerifiee {
			erreurs = erreurs.entrySet()
				.stream()
				.collect(
						java.util.stream.Collectors
							.toMap(Map.Entry::getKey,
									(e) -> e.getValue().substring(0, 1).toUpperCase(Locale.FRENCH)
											+ e.getValue().substring(1) + ".",
									(a, b) -> a, java.util.LinkedHashMap::new));
		}

	}

	/** A problem of a row and the column it concerns. */
	record Probleme(Colonne colonne, String message) {
	}

	/** One data row checked field by field; every problem is kept. */
	record LigneLue(@Nullable LigneEquipement ligne, List<Probleme> problemes) {

		List<String> erreurs() {
			return this.problemes.stream().map(Probleme::message).toList();
		}

		static LigneLue lire(Colonne.Positions positions, List<String> valeurs, Resolution resolution) {
			List<Probleme> erreurs = new ArrayList<>();
			String saisieType = cellule(positions, valeurs, Colonne.TYPE, erreurs);
			String nom = cellule(positions, valeurs, Colonne.NOM, erreurs);
			String gestionnaire = cellule(positions, valeurs, Colonne.GESTIONNAIRE, erreurs);
			String adresse = cellule(positions, valeurs, Colonne.ADRESSE, erreurs);
			String commune = cellule(positions, valeurs, Colonne.COMMUNE, erreurs);
			String saisieCapacite = cellule(positions, valeurs, Colonne.CAPACITE, erreurs);

			TypeEquipement type = null;
			if (saisieType.isEmpty()) {
				erreurs.add(0, new Probleme(Colonne.TYPE,
						"type manquant — types acceptés : " + TypeEquipement.libellesAcceptes()));
			}
			else {
				type = resolution.type(saisieType).orElse(null);
				if (type == null) {
					erreurs.add(0, new Probleme(Colonne.TYPE, "type « " + saisieType + " » inconnu — types acceptés : "
							+ TypeEquipement.libellesAcceptes()));
				}
			}
			manquant(nom, Colonne.NOM, erreurs);
			manquant(gestionnaire, Colonne.GESTIONNAIRE, erreurs);
			String codeInsee = null;
			if (commune.isEmpty()) {
				erreurs.add(new Probleme(Colonne.COMMUNE, "commune manquante"));
			}
			else {
				codeInsee = resolution.codeInsee(commune).orElse(null);
				if (codeInsee == null) {
					erreurs.add(new Probleme(Colonne.COMMUNE,
							"commune « " + commune + " » introuvable dans le référentiel (nom ou code INSEE)"));
				}
			}
			BigDecimal capacite = null;
			if (type != null) {
				Optional<LectureCapacite.Lue> lue = LectureCapacite.lire(type, saisieCapacite);
				if (lue.isPresent() && lue.get().erreur() != null) {
					erreurs.add(new Probleme(Colonne.CAPACITE, lue.get().erreur()));
				}
				capacite = lue.map(LectureCapacite.Lue::valeur).orElse(null);
			}
			if (!erreurs.isEmpty()) {
				return new LigneLue(null, erreurs);
			}
			return new LigneLue(new LigneEquipement(type, nom, gestionnaire, adresse, commune, codeInsee, capacite),
					erreurs);
		}

		private static void manquant(String valeur, Colonne colonne, List<Probleme> erreurs) {
			if (valeur.isEmpty()) {
				erreurs.add(new Probleme(colonne, colonne.champ() + " manquant"));
			}
		}

		private static String cellule(Colonne.Positions positions, List<String> valeurs, Colonne colonne,
				List<Probleme> erreurs) {
			String valeur = CelluleCsv.lire(positions.valeur(valeurs, colonne));
			if (valeur.length() > LONGUEUR_MAX) {
				erreurs.add(new Probleme(colonne, colonne.entete().toLowerCase(Locale.ROOT) + " trop long ("
						+ valeur.length() + " caractères, au plus " + LONGUEUR_MAX + ")"));
				return valeur.substring(0, LONGUEUR_MAX);
			}
			return valeur;
		}

	}

}
