package fr.atelierctg.annexe.equipements;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.atelierctg.annexe.equipements.ResultatImport.LigneEnErreur;
import fr.atelierctg.annexe.equipements.ResultatImport.Refuse;
import fr.atelierctg.annexe.equipements.ResultatImport.Valide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportEquipementsTest {

	static final Function<String, Optional<String>> COMMUNES = (saisie) -> Optional.ofNullable(Map
		.of("marmande", "47157", "47157", "47157", "tonneins", "47310", "47310", "47310", "sainte-bazeille", "47238",
				"agen", "47001")
		.get(saisie.toLowerCase()));

	static final Charset CP1252 = Charset.forName("windows-1252");

	static final String ENTETE = "Type;Nom;Gestionnaire;Adresse;Commune;Capacité\n";

	static ResultatImport importer(String contenu, Charset encodage) {
		return ImportEquipements.lire(contenu.getBytes(encodage), COMMUNES);
	}

	static List<LigneEquipement> valides(ResultatImport resultat) {
		assertThat(resultat).isInstanceOf(Valide.class);
		return ((Valide) resultat).lignes();
	}

	static Refuse refuse(ResultatImport resultat) {
		assertThat(resultat).isInstanceOf(Refuse.class);
		return (Refuse) resultat;
	}

	@Test
	void litLesAccentsEnUtf8AvecOuSansBomEtEnWindows1252() {
		String contenu = ENTETE + "EAJE PSU;Crèche « Les Œillets » l’été;Sœurs de l’Enfance;1 rue Émile Zola;Agen;24\n";
		byte[] utf8 = contenu.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[utf8.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, bom, 3, utf8.length);
		byte[] cp1252 = contenu.getBytes(CP1252);
		assertThat(cp1252).hasSize(contenu.length());

		for (byte[] fichier : List.of(utf8, bom, cp1252)) {
			LigneEquipement ligne = valides(ImportEquipements.lire(fichier, COMMUNES)).get(0);
			assertThat(ligne.nom()).isEqualTo("Crèche « Les Œillets » l’été");
			assertThat(ligne.gestionnaire()).isEqualTo("Sœurs de l’Enfance");
			assertThat(ligne.adresse()).isEqualTo("1 rue Émile Zola");
			assertThat(ligne.type()).isEqualTo(TypeEquipement.EAJE_PSU);
		}
	}

	@Test
	void detecteLePointVirguleLaVirguleEtLaTabulation() {
		for (String separateur : List.of(";", ",", "\t")) {
			String contenu = String.join(separateur, "Type", "Nom", "Gestionnaire", "Adresse", "Commune", "Capacité")
					+ "\n" + String.join(separateur, "RPE", "Relais de Tonneins", "Val de Garonne Agglomération",
							"Place du Marché", "Tonneins", "\"1,7\"")
					+ "\n";
			LigneEquipement ligne = valides(importer(contenu, StandardCharsets.UTF_8)).get(0);
			assertThat(ligne.nom()).isEqualTo("Relais de Tonneins");
			assertThat(ligne.capacite()).isEqualByComparingTo("1.70");
			assertThat(ligne.capacite().scale()).isEqualTo(2);
		}
	}

	@Test
	void accepteLesColonnesDansNImporteQuelOrdreEtLesSynonymesDEnTete() {
		String contenu = """
				CAPACITE (places ou ETP);commune;Adresse postale;nom de l'équipement;Organisme gestionnaire;TYPE D’ÉQUIPEMENT;Remarque
				40;Marmande;12 rue de la Libération;Les Petits Loups;Commune de Marmande;eaje psu;à rénover
				""";
		LigneEquipement ligne = valides(importer(contenu, StandardCharsets.UTF_8)).get(0);
		assertThat(ligne).isEqualTo(new LigneEquipement(TypeEquipement.EAJE_PSU, "Les Petits Loups",
				"Commune de Marmande", "12 rue de la Libération", "Marmande", "47157", new BigDecimal("40")));
	}

	@Test
	void refuseUnEnTeteSansColonneObligatoire() {
		Refuse refus = refuse(
				importer("Type;Nom;Adresse;Commune\nMAM;Les Lucioles;1 rue;Agen\n", StandardCharsets.UTF_8));
		assertThat(refus.lignes()).isEmpty();
		assertThat(refus.messages()).singleElement()
			.asString()
			.contains("colonnes « Gestionnaire », « Capacité » absentes")
			.contains("Type, Nom, Gestionnaire, Adresse, Commune, Capacité");
	}

	@Test
	void refuseUnFichierVideOuSansLigneDEquipement() {
		assertThat(refuse(ImportEquipements.lire(new byte[0], COMMUNES)).messages())
			.containsExactly("Le fichier est vide.");
		assertThat(refuse(importer("\n \n;;;\n", StandardCharsets.UTF_8)).messages())
			.containsExactly("Le fichier est vide.");
		assertThat(refuse(importer(ENTETE + "\n", StandardCharsets.UTF_8)).messages())
			.containsExactly("Le fichier ne contient aucun équipement sous la ligne d'en-tête.");
	}

	@Test
	void refusePlusDeCinqMilleLignes() {
		StringBuilder contenu = new StringBuilder(ENTETE);
		contenu.append("MAM;Les Lucioles;Association;;Agen;12\n".repeat(ImportEquipements.LIGNES_MAX));
		assertThat(valides(importer(contenu.toString(), StandardCharsets.UTF_8))).hasSize(5_000);
		contenu.append("MAM;Les Lucioles;Association;;Agen;12\n");
		assertThat(refuse(importer(contenu.toString(), StandardCharsets.UTF_8)).messages())
			.containsExactly("Le fichier compte plus de 5 000 équipements : découpez-le en plusieurs fichiers.");
	}

	@Test
	void refuseUnClasseurExcelAvecUneExplication() {
		byte[] xlsx = ExportEquipements.xlsx("Agen", ModeleCsv.exemples());
		assertThat(refuse(ImportEquipements.lire(xlsx, COMMUNES)).messages()).singleElement()
			.asString()
			.contains("enregistrez-le au format CSV");
	}

	@Test
	void signaleToutesLesLignesFautivesAvecLeurNumeroEtNeRendRien() {
		String contenu = ENTETE + """
				EAJE PSU;Les Petits Loups;Commune de Marmande;;Marmande;40

				crèche;Les Lutins;Commune d'Agen;;Agen;20
				RPE;Relais;Val de Garonne Agglomération;;Tonneins;1.7% ETP
				MAM;;Association;;Marmandee;12
				LAEP;La Parenthèse;Centre social;;Tonneins;8
				""";
		Refuse refus = refuse(importer(contenu, StandardCharsets.UTF_8));
		assertThat(refus.erreursFichier()).isEmpty();
		assertThat(refus.lignes()).extracting(LigneEnErreur::numero).containsExactly(4, 5, 6, 7);
		assertThat(refus.messages()).containsExactly(
				"Ligne 4 : type « crèche » inconnu — types acceptés : " + TypeEquipement.libellesAcceptes(),
				"Ligne 5 : capacité « 1.7% ETP » invalide pour un Relais petite enfance : un nombre d'ETP, par exemple 1,5",
				"Ligne 6 : nom manquant ; commune « Marmandee » introuvable dans le référentiel (nom ou code INSEE)",
				"Ligne 7 : capacité « 8 » inattendue : un LAEP n'a pas de capacité, laissez la case vide");
		assertThat(refus.messages().get(0)).contains("EAJE PSU, EAJE micro-crèche Paje", "espace de vie sociale (EVS)");
	}

	@Test
	void litLesPlacesEnNombreEntierEtLesEtpAvecDeuxDecimales() {
		String contenu = ENTETE + """
				ALSH périscolaire;École Jean Jaurès;Commune de Marmande;;Marmande;1 200
				micro-crèche;Les Poussins;SAS Poussins;;Agen;10 places
				RPE;Relais Val de Garonne;VGA;;Tonneins;1,7
				RPE;Relais d'Agen;Agglomération d'Agen;;Agen;2.25 ETP
				RPE;Relais de Marmande;VGA;;Marmande;0
				CLAS;Coup de pouce;Centre social;;Agen;
				""";
		assertThat(valides(importer(contenu, StandardCharsets.UTF_8))).extracting(LigneEquipement::capacite)
			.containsExactly(new BigDecimal("1200"), new BigDecimal("10"), new BigDecimal("1.70"),
					new BigDecimal("2.25"), new BigDecimal("0.00"), null);
	}

	@Test
	void refuseLesCapacitesMalEcrites() {
		String contenu = ENTETE + """
				EAJE PSU;A;G;;Agen;-3
				EAJE PSU;B;G;;Agen;12,5
				RPE;C;G;;Agen;abc
				RPE;D;G;;Agen;-1,5
				RPE;E;G;;Agen;1,755
				MAM;F;G;;Agen;
				EAJE PSU;H;G;;Agen;20000
				""";
		assertThat(refuse(importer(contenu, StandardCharsets.UTF_8)).messages()).containsExactly(
				"Ligne 2 : capacité « -3 » invalide pour un EAJE PSU : un nombre entier de places, par exemple 24",
				"Ligne 3 : capacité « 12,5 » invalide pour un EAJE PSU : un nombre entier de places, par exemple 24",
				"Ligne 4 : capacité « abc » invalide pour un Relais petite enfance : un nombre d'ETP, par exemple 1,5",
				"Ligne 5 : capacité « -1,5 » invalide pour un Relais petite enfance : un nombre d'ETP, par exemple 1,5",
				"Ligne 6 : capacité « 1,755 » invalide pour un Relais petite enfance : un nombre d'ETP, par exemple 1,5"
						+ " (au plus deux décimales)",
				"Ligne 7 : capacité manquante pour une maison d'assistants maternels : un nombre entier de places, par exemple 24",
				"Ligne 8 : capacité « 20000 » invalide pour un EAJE PSU : au plus 10000 places");
	}

	@Test
	void reconnaitLesTypesParLibelleOuAbreviationSansCasseNiAccents() {
		Map<String, TypeEquipement> attendus = Map.ofEntries(Map.entry("eaje psu", TypeEquipement.EAJE_PSU),
				Map.entry("Micro-Crèche", TypeEquipement.MICRO_CRECHE_PAJE),
				Map.entry("MICRO CRECHE PAJE", TypeEquipement.MICRO_CRECHE_PAJE), Map.entry("mam", TypeEquipement.MAM),
				Map.entry("Maison d’assistants maternels (MAM)", TypeEquipement.MAM),
				Map.entry("rpe", TypeEquipement.RPE), Map.entry("Relais Petite Enfance", TypeEquipement.RPE),
				Map.entry("Laep", TypeEquipement.LAEP), Map.entry("clas", TypeEquipement.CLAS),
				Map.entry("evs", TypeEquipement.EVS), Map.entry("ALSH peri", TypeEquipement.ALSH_PERISCOLAIRE),
				Map.entry("alsh extra", TypeEquipement.ALSH_EXTRASCOLAIRE),
				Map.entry("Accueil de jeunes", TypeEquipement.ACCUEIL_DE_JEUNES),
				Map.entry("Parentalité", TypeEquipement.SOUTIEN_PARENTALITE),
				Map.entry("maison des 1000 premiers jours", TypeEquipement.MAISON_DES_1000_JOURS),
				Map.entry("Centre social", TypeEquipement.CENTRE_SOCIAL), Map.entry("AUTRE", TypeEquipement.AUTRE),
				Map.entry("passerelle", TypeEquipement.PASSERELLE),
				Map.entry("garde à domicile", TypeEquipement.ACCUEIL_AU_DOMICILE));
		attendus.forEach((saisie, type) -> assertThat(TypeEquipement.reconnaitre(saisie)).as(saisie).contains(type));
		assertThat(TypeEquipement.reconnaitre("crèche")).isEmpty();
		assertThat(TypeEquipement.reconnaitre("EAJE")).isEmpty();
		for (TypeEquipement type : TypeEquipement.values()) {
			assertThat(TypeEquipement.reconnaitre(type.libelle())).contains(type);
		}
	}

	@Test
	void litLesChampsEntreGuillemetsAvecSeparateursEtRetoursALaLigne() {
		String contenu = ENTETE + "\"MAM\";\"Les Lucioles; « la MAM »\";\"Association \"\"Les Lucioles\"\"\";"
				+ "\"2 rue des Écoles\nBâtiment B\";Agen;12\n" + "EVS;Espace Bleu;\"'=Association\";;Agen;\n";
		List<LigneEquipement> lignes = valides(importer(contenu, StandardCharsets.UTF_8));
		assertThat(lignes.get(0).nom()).isEqualTo("Les Lucioles; « la MAM »");
		assertThat(lignes.get(0).gestionnaire()).isEqualTo("Association \"Les Lucioles\"");
		assertThat(lignes.get(0).adresse()).isEqualTo("2 rue des Écoles Bâtiment B");
		assertThat(lignes.get(1).gestionnaire()).isEqualTo("=Association");
	}

	@Test
	void compteLesLignesCommeUnTableurMalgreLesCellulesSurPlusieursLignes() {
		String contenu = ENTETE
				+ "MAM;Les Lucioles;Association;\"2 rue\nBâtiment B\";Agen;12\n\nMAM;;Association;;Agen;12\n";
		assertThat(refuse(importer(contenu, StandardCharsets.UTF_8)).messages())
			.containsExactly("Ligne 4 : nom manquant");
	}

	@Test
	void refuseUnGuillemetJamaisFerme() {
		String contenu = ENTETE + "MAM;\"Les Lucioles;Association;;Agen;12\n";
		assertThat(refuse(importer(contenu, StandardCharsets.UTF_8)).messages()).singleElement()
			.asString()
			.contains("guillemet");
	}

	@Test
	void interrogeLeReferentielUneFoisParCommune() {
		int[] appels = { 0 };
		String contenu = ENTETE + "MAM;A;G;;Agen;1\n".repeat(50) + "MAM;A;G;;Marmande;1\n";
		ResultatImport resultat = ImportEquipements.lire(contenu.getBytes(StandardCharsets.UTF_8), (commune) -> {
			appels[0]++;
			return COMMUNES.apply(commune);
		});
		assertThat(valides(resultat)).hasSize(51).extracting(LigneEquipement::codeInsee).contains("47001", "47157");
		assertThat(appels[0]).isEqualTo(2);
	}

}
