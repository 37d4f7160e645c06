package fr.atelierctg.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import fr.atelierctg.document.DocumentRedige.BlocSignature;
import fr.atelierctg.document.DocumentRedige.Partie;
import fr.atelierctg.document.DocumentRedige.Section;

/**
 * Realistic documents for tests, reusable by every module: the CTG of the Caf de
 * Lot-et-Garonne with Val de Garonne Agglomération (seeds/002, wording of the 2026 model
 * seeds/003), 48 signatory bodies (the Caf, the EPCI, 43 communes, the Département, the
 * Éducation nationale, the État) and 49 signature blocks (the Caf signs twice: its
 * présidente and its directrice).
 */
public final class DocumentsExemples {

	/** U+202F, the narrow no-break space inside « » and between thousands. */
	public static final String FINE = "\u202F";

	public static final String TITRE = "CONVENTION TERRITORIALE GLOBALE";

	public static final String TERRITOIRE = "Val de Garonne Agglomération";

	public static final String PERIODE = "du 1er janvier 2025 au 31 décembre 2029";

	/**
	 * "Nom|de + nom|M or F|Prénom Nom"; the 43rd commune (Varès) has an invented
	 * representative.
	 */
	private static final List<String> COMMUNES = List.of("Agmé|d’Agmé|M|Jérôme Bissières",
			"Beaupuy|de Beaupuy|M|Christian Pezzutti", "Birac-sur-Trec|de Birac-sur-Trec|M|Alain Lerdu",
			"Calonges|de Calonges|M|François Néraud", "Castelnau-sur-Gupie|de Castelnau-sur-Gupie|M|Guy Ianotto",
			"Caubon-Saint-Sauveur|de Caubon-Saint-Sauveur|F|Catherine Bernard",
			"Caumont-sur-Garonne|de Caumont-sur-Garonne|M|Pierre Imbert",
			"Couthures-sur-Garonne|de Couthures-sur-Garonne|M|Jean-Michel Moreau", "Clairac|de Clairac|M|Michel Perat",
			"Cocumont|de Cocumont|M|Jean-Luc Armand", "Escassefort|d’Escassefort|M|Claude Lalande",
			"Fauguerolles|de Fauguerolles|F|Maryline de Parscau", "Fauillet|de Fauillet|M|Gilbert Dufourg",
			"Fourques-sur-Garonne|de Fourques-sur-Garonne|A|Marie-Odile Blin-Prévost",
			"Gaujac|de Gaujac|M|Jean-François Thoumazeau",
			"Gontaud-de-Nogaret|de Gontaud-de-Nogaret|M|Christian Jambon",
			"Grateloup-Saint-Gayrand|de Grateloup-Saint-Gayrand|F|Nadine Zanardo", "Jusix|de Jusix|M|Laurent Capelle",
			"Lagruère|de Lagruère|M|Jacques Verdelet", "Longueville|de Longueville|M|Jean-Pierre Thillac",
			"Lafitte-sur-Lot|de Lafitte-sur-Lot|M|Benjamin Fagès", "Lagupie|de Lagupie|F|Anne-Marie Chaumont",
			"Marcellus|de Marcellus|M|Jean-Claude Derc", "Le Mas-d’Agenais|du Mas-d’Agenais|M|Claude Lagarde",
			"Marmande|de Marmande|M|Joël Hocquelet", "Meilhan-sur-Garonne|de Meilhan-sur-Garonne|F|Régine Povéda",
			"Mauvezin-sur-Gupie|de Mauvezin-sur-Gupie|M|Daniel Bordeneuve",
			"Montpouillan|de Montpouillan|F|Claudette Tillot", "Puymiclan|de Puymiclan|F|Christine de Nadaï",
			"Saint-Barthélemy-d’Agenais|de Saint-Barthélemy-d’Agenais|M|Gaëtan Malange",
			"Saint-Martin-Petit|de Saint-Martin-Petit|F|Marie-France Bonneau",
			"Saint-Pardoux-du-Breuil|de Saint-Pardoux-du-Breuil|M|Jean-Michel Poignant",
			"Saint-Sauveur-de-Meilhan|de Saint-Sauveur-de-Meilhan|M|Tanguy Clabon",
			"Samazan|de Samazan|M|Paul-Bernard Monpouillan", "Sénestis|de Sénestis|M|Jacques Pin",
			"Sainte-Bazeille|de Sainte-Bazeille|M|Gilles Lagaüzère", "Saint-Avit|de Saint-Avit|M|Nicolas Lebedensky",
			"Seyches|de Seyches|M|Emmanuel Vigo", "Tonneins|de Tonneins|M|Dante Rinaudo",
			"Taillebourg|de Taillebourg|M|Denis Duteil", "Villeton|de Villeton|M|Alain Dalla Maria",
			"Virazeil|de Virazeil|M|Christophe Courrègelongue", "Varès|de Varès|F|Noëlle Cœurdevey");

	private static final List<String> DATES_DELIBERATIONS = List.of("24 juin 2025", "1er juillet 2025",
			"3 juillet 2025", "8 juillet 2025", "10 juillet 2025");

	private DocumentsExemples() {
	}

	/** The full convention, signed version (no watermark). */
	public static DocumentRedige conventionValDeGaronne() {
		return conventionValDeGaronne(false);
	}

	public static DocumentRedige conventionValDeGaronne(boolean projet) {
		return new DocumentRedige(TITRE, TERRITOIRE, PERIODE, projet, parties(), visas(), preambule(), articles(),
				"Fait à Marmande, le 12 septembre 2025", "En autant d’exemplaires originaux que de signataires.",
				signatures(), annexes());
	}

	/**
	 * The convention with 20 articles (the 14 of the model plus six for the other
	 * partners and the AO competences, numbered after article 3): the size of the
	 * performance reference.
	 */
	public static DocumentRedige conventionDeVingtArticles() {
		List<Section> modele = articles();
		List<Section> articles = new ArrayList<>(modele.subList(0, 3));
		List.of("Les champs d’intervention du Département", "Les champs d’intervention de l’Éducation nationale",
				"Les champs d’intervention de l’État",
				"Les engagements des autorités organisatrices de l’accueil du jeune enfant",
				"L’articulation avec les projets éducatifs de territoire",
				"Les ressources d’ingénierie et de coopération mobilisées")
			.forEach((titre) -> articles.add(new Section("", "", titre, ARTICLE_PARTENAIRE)));
		articles.addAll(modele.subList(3, modele.size()));
		List<Section> numerotes = new ArrayList<>();
		for (int i = 0; i < articles.size(); i++) {
			Section article = articles.get(i);
			numerotes.add(new Section("article-" + (i + 1), "Article " + (i + 1), article.titre(), article.html()));
		}
		DocumentRedige convention = conventionValDeGaronne();
		return avecArticles(convention, numerotes);
	}

	/** A small convention: the Caf and one commune, two articles, one annex. */
	public static DocumentRedige conventionCourte(boolean projet) {
		List<Section> articles = articles().subList(0, 2);
		return new DocumentRedige(TITRE, "Commune d’Agmé", PERIODE, projet, List.of(partieCaf(), partieCommune(0)),
				visas().subList(0, 3), preambule(), articles, "Fait à Agmé, le 12 septembre 2025",
				"En autant d’exemplaires originaux que de signataires.",
				List.of(signatures().get(0), signatures().get(1), signatures().get(3)), annexes().subList(0, 1));
	}

	public static DocumentRedige avecSousTitre(DocumentRedige d, String sousTitre) {
		return new DocumentRedige(d.titre(), sousTitre, d.periode(), d.projet(), d.parties(), d.visas(), d.preambule(),
				d.articles(), d.faitA(), d.exemplaires(), d.signatures(), d.annexes());
	}

	public static DocumentRedige avecParties(DocumentRedige d, List<Partie> parties) {
		return new DocumentRedige(d.titre(), d.sousTitre(), d.periode(), d.projet(), parties, d.visas(), d.preambule(),
				d.articles(), d.faitA(), d.exemplaires(), d.signatures(), d.annexes());
	}

	public static DocumentRedige avecArticles(DocumentRedige d, List<Section> articles) {
		return new DocumentRedige(d.titre(), d.sousTitre(), d.periode(), d.projet(), d.parties(), d.visas(),
				d.preambule(), articles, d.faitA(), d.exemplaires(), d.signatures(), d.annexes());
	}

	public static DocumentRedige avecAnnexes(DocumentRedige d, List<Section> annexes) {
		return new DocumentRedige(d.titre(), d.sousTitre(), d.periode(), d.projet(), d.parties(), d.visas(),
				d.preambule(), d.articles(), d.faitA(), d.exemplaires(), d.signatures(), annexes);
	}

	public static String guillemets(String texte) {
		return "«" + FINE + texte + FINE + "»";
	}

	// ---------- Parties and signatures ----------

	public static List<Partie> parties() {
		List<Partie> parties = new ArrayList<>();
		parties.add(partieCaf());
		parties.add(new Partie(
				p("La communauté d’agglomération Val de Garonne Agglomération, représentée par son "
						+ "Président, Monsieur Jacques Bilirit, dûment autorisé à signer la présente convention par "
						+ "délibération du conseil communautaire en date du 19 juin 2025 ;"),
				"Ci-après dénommée " + guillemets("Val de Garonne Agglomération")));
		for (int i = 0; i < COMMUNES.size(); i++) {
			parties.add(partieCommune(i));
		}
		parties.add(new Partie(
				p("Le Département de Lot-et-Garonne, représenté par sa Présidente, Madame Sophie "
						+ "Borderie, dûment autorisée à signer la présente convention par délibération du conseil "
						+ "départemental en date du 27 juin 2025 ;"),
				"Ci-après dénommé " + guillemets("le Département")));
		parties.add(new Partie(
				p("L’Éducation nationale, représentée par le directeur académique des services de "
						+ "l’Éducation nationale de Lot-et-Garonne, Monsieur Alexandre Falco ;"),
				"Ci-après dénommée " + guillemets("l’Éducation nationale")));
		parties.add(new Partie(p("L’État, représenté par le Préfet de Lot-et-Garonne, Monsieur Daniel Barnier ;"),
				"Ci-après dénommé " + guillemets("l’État")));
		return parties;
	}

	private static Partie partieCaf() {
		return new Partie(p("La Caisse d’allocations familiales de Lot-et-Garonne, représentée par la présidente de "
				+ "son conseil d’administration, Madame Béatrice Lavit, et par sa directrice, Madame Virginie Monti, "
				+ "dûment autorisées à signer la présente convention ;"), "Ci-après dénommée " + guillemets("la Caf"));
	}

	private static Partie partieCommune(int i) {
		String[] c = COMMUNES.get(i).split("\\|");
		String representant = switch (c[2]) {
			case "M" -> "son Maire, Monsieur " + c[3] + ", dûment autorisé";
			case "F" -> "sa Maire, Madame " + c[3] + ", dûment autorisée";
			default -> "sa première adjointe, Madame " + c[3] + ", dûment autorisée";
		};
		return new Partie(
				p("La commune " + c[1] + ", représentée par " + representant
						+ " à signer la présente convention par délibération du conseil municipal en date du "
						+ DATES_DELIBERATIONS.get(i % DATES_DELIBERATIONS.size()) + " ;"),
				"Ci-après dénommée " + guillemets("la commune " + c[1]));
	}

	public static List<BlocSignature> signatures() {
		List<BlocSignature> blocs = new ArrayList<>();
		blocs.add(new BlocSignature("Pour la Caf de Lot-et-Garonne", "La Présidente du conseil d’administration",
				"Béatrice Lavit", ""));
		blocs.add(new BlocSignature("Pour la Caf de Lot-et-Garonne", "La Directrice", "Virginie Monti", ""));
		blocs.add(new BlocSignature("Pour Val de Garonne Agglomération", "Le Président", "Jacques Bilirit", ""));
		for (String commune : COMMUNES) {
			String[] c = commune.split("\\|");
			String qualite = switch (c[2]) {
				case "M" -> "Le Maire";
				case "F" -> "La Maire";
				default -> "La première adjointe au Maire";
			};
			blocs.add(new BlocSignature("Pour la commune " + c[1], qualite, c[3], ""));
		}
		blocs.add(new BlocSignature("Pour le Département de Lot-et-Garonne", "La Présidente du conseil départemental",
				"Sophie Borderie", ""));
		blocs.add(new BlocSignature("Pour l’Éducation nationale",
				"Le directeur académique des services de l’Éducation nationale", "Alexandre Falco", ""));
		blocs.add(new BlocSignature("Pour l’État", "Le Préfet de Lot-et-Garonne", "Daniel Barnier", ""));
		return blocs;
	}

	// ---------- Visas, préambule ----------

	public static List<String> visas() {
		return List.of("Vu les articles L. 263-1, L. 223-1 et L. 227-1 à 3 du Code de la sécurité sociale ;",
				"Vu le Code de l’action sociale et des familles ;",
				"Vu le Code général des collectivités territoriales ;",
				"Vu l’arrêté du 3 octobre 2001 relatif à l’action sociale des caisses d’allocations familiales (Caf) ;",
				"Vu la loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi ;",
				"Vu le décret n° 2021-1644 du 14 décembre 2021 relatif à la gouvernance des services aux familles et "
						+ "au métier d’assistant maternel ;",
				"Vu le décret n° 2025-253 du 20 mars 2025 relatif au schéma pluriannuel de maintien et de "
						+ "développement de l’offre d’accueil du jeune enfant prévu à l’article L. 214-1-3 du Code de "
						+ "l’action sociale et des familles ;",
				"Vu la Convention d’objectifs et de gestion (Cog) arrêtée entre l’État et la Caisse nationale des "
						+ "allocations familiales (Cnaf) ;",
				"Vu la délibération du conseil d’administration de la Caf de Lot-et-Garonne en date du 16 septembre "
						+ "2025 concernant la stratégie pluriannuelle de renouvellement des Ctg ;",
				"Vu la délibération du conseil communautaire de Val de Garonne Agglomération en date du 19 juin 2025 "
						+ "figurant en annexe 5 de la présente convention ;",
				"Vu les délibérations des conseils municipaux des 43 communes signataires figurant en annexe 5 de la "
						+ "présente convention.");
	}

	public static Section preambule() {
		return new Section("preambule", "", "Préambule", p(
				"Les Caf sont nées de la volonté d’apporter une aide à toutes les familles, dans leur diversité. Qu’il "
						+ "prenne la forme de prestations monétaires ou d’aides permettant de développer des services, "
						+ "l’investissement des Caf témoigne d’un engagement de la collectivité, dans une visée "
						+ "universelle, pour accompagner le développement de chaque personne, dès sa naissance, par une "
						+ "présence et un soutien dans son parcours de vie, accentuant, s’il le faut, son aide lorsque la "
						+ "famille est dans la difficulté.",
				"La branche Famille est ainsi présente auprès de chacun tout au long de la vie, auprès de chaque "
						+ "parent, femme ou homme, en fonction de sa situation, en équité : conciliation vie "
						+ "familiale/vie professionnelle, accueil des enfants et des jeunes, lutte contre la pauvreté "
						+ "sont les domaines prioritaires de l’intervention des Caf, qui prend la forme d’une offre "
						+ "globale de service.",
				"Les missions emblématiques de la branche Famille sont fondatrices de son cœur de métier :")
				+ ul("développer des services attentionnés tout au long des parcours de vie de chacun ;",
						"garantir un accès efficace au juste droit en améliorant le modèle de délivrance des prestations ;",
						"mobiliser les leviers de performance et accompagner les transformations, grâce à une "
								+ "organisation territorialisée, départementale, solidaire et au plus proche des "
								+ "partenaires locaux.")
				+ p("Dans ce cadre, la Convention territoriale globale (Ctg) est une démarche stratégique partenariale qui "
						+ "a pour objectif d’élaborer le projet de territoire pour le maintien et le développement des "
						+ "services aux familles, et la mise en place de toute action favorable aux allocataires dans "
						+ "leur ensemble. Elle s’appuie sur un diagnostic partagé avec les partenaires concernés pour "
						+ "définir les priorités et les moyens dans le cadre d’un plan d’actions adapté.",
						"Véritable démarche d’investissement social et territorial, la Ctg favorise ainsi le "
								+ "développement et l’adaptation des équipements et services aux familles, l’accès aux "
								+ "droits et l’optimisation des interventions des différents acteurs.",
						"Le territoire de Val de Garonne Agglomération compte 43 communes et 61" + FINE
								+ "500 habitants ; 8" + FINE + "950 familles y sont allocataires de la Caf.",
						"C’est pourquoi, dans la perspective d’intervenir en cohérence avec les orientations générales "
								+ "déclinées dans le présent préambule, au plus près des besoins du territoire, la Caf "
								+ "de Lot-et-Garonne, Val de Garonne Agglomération et les communes signataires "
								+ "souhaitent conclure une Convention territoriale globale (Ctg) pour renforcer leurs "
								+ "actions sur les champs d’intervention partagés."));
	}

	// ---------- Articles (model 2026) ----------

	private static final String ARTICLE_PARTENAIRE = p(
			"Le partenaire signataire met en place, dans le cadre de ses compétences propres, des actions au niveau "
					+ "local pour répondre aux besoins repérés par le diagnostic partagé (annexe 1).",
			"Ses interventions s’inscrivent en cohérence avec le schéma départemental des services aux familles et "
					+ "sont précisées dans le plan d’actions figurant en annexe 3 de la présente convention.");

	public static List<Section> articles() {
		List<String[]> contenus = List.of(new String[] { "Objet de la convention territoriale globale", p(
				"La présente convention vise à définir le projet stratégique global du territoire à l’égard des "
						+ "familles ainsi que ses modalités de mise en œuvre.",
				"Ce projet est établi à partir d’un diagnostic partagé tenant compte de l’ensemble des "
						+ "problématiques du territoire.",
				"Elle a pour objet :")
				+ ul("d’identifier, dans le cadre du diagnostic partagé, les besoins prioritaires et les besoins "
						+ "non satisfaits sur le territoire de Val de Garonne Agglomération (annexe 1) ;",
						"de définir un plan d’actions et une programmation permettant d’identifier les champs "
								+ "d’intervention à privilégier au regard de l’écart offre/besoin (annexes 2 et 3) ;",
						"de suivre la mise en œuvre du plan d’actions et de mesurer les impacts de la démarche "
								+ "(annexe 4).") },
				new String[] { "Les champs d’intervention de la Caf", p(
						"Les interventions de la Caf, en matière d’optimisation de l’existant et de développement "
								+ "d’offres nouvelles, sur le territoire de Val de Garonne Agglomération concernent :")
						+ ul("répondre aux besoins d’accueil diversifiés des jeunes enfants et de leurs familles "
								+ "dans le cadre du service public de la petite enfance ;",
								"réduire les inégalités d’accès des enfants et adolescents aux activités péri et "
										+ "extrascolaires ;",
								"favoriser l’autonomie et l’accès aux droits des adolescents et des jeunes adultes ;",
								"soutenir les parents, en couple, seuls ou séparés, dans l’exercice de leur "
										+ "parentalité, de la naissance à l’adolescence ;",
								"favoriser l’accès et le maintien dans le logement notamment des allocataires les "
										+ "plus fragiles.")
						+ p("La branche Famille s’est engagée à déployer une réponse diversifiée aux besoins "
								+ "d’accueil des jeunes enfants et de leurs familles dans le cadre du service "
								+ "public de la petite enfance. Il se structure autour de trois priorités : lutte "
								+ "contre les inégalités sociales et de destin dès le plus jeune âge, lever tous "
								+ "les freins au développement de l’offre d’accueil et proposer des solutions "
								+ "d’accueil de qualité.") },
				new String[] { "Les champs d’intervention de Val de Garonne Agglomération et des communes", p(
						"Val de Garonne Agglomération et les communes signataires mettent en place des actions au "
								+ "niveau local pour répondre à des besoins repérés.",
						"En réponse aux besoins d’accueil diversifiés des jeunes enfants et de leurs familles, les "
								+ "collectivités locales sont, depuis le 1er janvier 2025, les autorités "
								+ "organisatrices de l’accueil du jeune enfant et exercent quatre compétences en "
								+ "fonction du nombre des habitants de leurs territoires :")
						+ ol("recenser les besoins des enfants âgés de moins de trois ans et de leurs familles "
								+ "ainsi que les modes d’accueil disponibles sur leur territoire ;",
								"informer et accompagner les familles ayant un ou plusieurs enfants âgés de moins "
										+ "de trois ans ainsi que les futurs parents ;",
								"planifier, au vu du recensement des besoins, le développement des modes "
										+ "d’accueil du jeune enfant ;",
								"soutenir la qualité des modes d’accueil.")
						+ p("La CTG constitue un cadre structurant sur lequel les communes et l’EPCI signataires "
								+ "peuvent s’appuyer pour exercer leurs compétences d’autorité organisatrice.") },
				new String[] { "Les objectifs partagés au regard des besoins",
						p("Les principaux enjeux dégagés du diagnostic partagé (annexe 1) sont l’accueil du jeune "
								+ "enfant, la parentalité, la jeunesse et l’accès aux droits.",
								"Les objectifs conjoints sont :")
								+ ul("en matière de réponse aux besoins d’accueil diversifiés des jeunes enfants et de "
										+ "leurs familles ;",
										"en matière de soutien des parents dans l’exercice de leur parentalité ;",
										"en matière de sécurisation et d’accès aux droits et aux services ;",
										"en matière de coopération avec les partenaires locaux.") },
				new String[] { "Engagements des signataires", p(
						"La Caf de Lot-et-Garonne, Val de Garonne Agglomération et les communes signataires "
								+ "s’engagent à mettre en œuvre les moyens nécessaires pour atteindre les objectifs "
								+ "qu’ils se sont assignés dans le plan d’actions de la présente convention.",
						"La Caf s’engage à répartir des financements bonifiés directement entre les structures du "
								+ "territoire soutenues par la collectivité locale compétente, sous la forme du "
								+ guillemets("bonus territoire Ctg") + ", pour un montant prévisionnel de 1" + FINE
								+ "335" + FINE + "184,50" + FINE + "€ sur la durée de la convention.",
						"De son côté, la collectivité s’engage à poursuivre son soutien financier en ajustant en "
								+ "conséquence la répartition de sa contribution pour les équipements et services "
								+ "listés en annexe 2.") },
				new String[] { "Modalités de collaboration", p(
						"Les parties s’engagent à mobiliser des moyens humains et matériels nécessaires à la "
								+ "réalisation des obligations définies dans la présente convention.",
						"Pour mener à bien les objectifs précisés dans la présente convention, les parties "
								+ "décident de mettre en place un comité de pilotage. Cette instance :")
						+ ul("assure le suivi de la réalisation des objectifs et l’évaluation de la convention ;",
								"veille à la complémentarité des actions et des interventions de chacun des "
										+ "partenaires sur le territoire concerné ;",
								"porte une attention particulière aux initiatives et aux actions innovantes du "
										+ "territoire.")
						+ p("Le comité de pilotage sera copiloté par la Caf et Val de Garonne Agglomération.",
								"Les modalités de pilotage opérationnel et de collaboration technique figurent en "
										+ "annexe 4 de la présente convention.") },
				new String[] { "Échanges de données", p(
						"Les parties s’engagent réciproquement à se communiquer toutes les informations utiles dans le "
								+ "cadre de l’exécution de la présente convention.",
						"Toutefois, en cas de projet d’échanges de données à caractère personnel, les demandes "
								+ "par l’une des parties feront obligatoirement l’objet d’une étude d’opportunité, "
								+ "de faisabilité et de conformité au RGPD par l’autre partie.",
						"Si elles sont mises en œuvre, ces transmissions de données personnelles respecteront "
								+ "strictement le Règlement général sur la protection des données (RGPD) et la loi "
								+ "n° 78-17 du 6 janvier 1978 modifiée relative à l’informatique, aux fichiers et "
								+ "aux libertés.") },
				new String[] { "Communication", p(
						"Les parties décident et réalisent, d’un commun accord, les actions de communication "
								+ "relatives à la présente convention.",
						"Les supports communs font apparaître les logos de chacune des parties.",
						"Dans le cadre des actions de communication respectives couvrant le champ de la présente "
								+ "convention, chaque partie s’engage à mentionner la coopération de l’autre "
								+ "partie et à valoriser ce partenariat.") },
				new String[] { "Suivi, bilan et évaluation", p(
						"Les signataires s’engagent à mettre en œuvre une démarche à visée évaluative structurée "
								+ "autour de deux dimensions complémentaires :")
						+ ol("<strong>Le suivi continu du plan d’action.</strong> Un tableau de suivi partagé est "
								+ "mis en place dès le démarrage de la CTG ; il est actualisé idéalement chaque "
								+ "trimestre.",
								"<strong>Le pilotage de la démarche évaluative</strong> en comité de pilotage : des "
										+ "points d’étape annuels, un bilan intermédiaire à mi-parcours et un bilan "
										+ "final en fin de période.")
						+ p("Lorsque la CTG tient lieu de schéma pluriannuel de maintien et de développement de "
								+ "l’offre d’accueil du jeune enfant, ces bilans intermédiaire et final "
								+ "permettent de répondre aux exigences prévues à l’article L. 214-2 du CASF.") },
				new String[] { "Durée de la convention",
						p("La présente convention est conclue à compter du 1er janvier 2025 jusqu’au 31 décembre 2029.",
								"La présente convention ne peut être reconduite que par expresse reconduction.") },
				new String[] { "Exécution formelle de la convention", p(
						"Toute modification fera l’objet d’un avenant par les parties.",
						"Cet avenant devra notamment préciser toutes les modifications apportées à la convention "
								+ "d’origine ainsi qu’à ses annexes.",
						"Si l’une quelconque des stipulations de la présente convention est nulle, au regard d’une "
								+ "règle de droit en vigueur ou d’une décision judiciaire devenue définitive, elle "
								+ "sera réputée non écrite, mais les autres stipulations garderont toute leur "
								+ "force et leur portée.") },
				new String[] { "La fin de la convention", p(
						"<strong>Résiliation de plein droit avec mise en demeure.</strong> En cas de non-respect par "
								+ "l’une des parties de l’une de ses obligations résultant de la présente convention, "
								+ "celle-ci pourra être résiliée de plein droit par l’une ou l’autre partie, à "
								+ "l’expiration d’un délai d’un mois suivant l’envoi d’une lettre recommandée avec avis "
								+ "de réception valant mise en demeure et restée infructueuse.",
						"<strong>Résiliation par consentement mutuel.</strong> La présente convention peut être "
								+ "dénoncée par l’une ou l’autre des parties moyennant un délai de prévenance de "
								+ "6 mois.",
						"<strong>Effets de la résiliation.</strong> La résiliation de la présente convention "
								+ "entraînera l’arrêt immédiat des engagements des parties.") },
				new String[] { "Les recours",
						p("Tout litige résultant de l’exécution de la présente convention est du ressort du tribunal "
								+ "administratif dont relève la Caf.") },
				new String[] { "Confidentialité",
						p("Les parties sont tenues, ainsi que l’ensemble de leur personnel, au secret professionnel, à "
								+ "l’obligation de discrétion et à l’obligation de confidentialité pour tout ce qui "
								+ "concerne les faits, informations, études et décisions dont elles auront eu "
								+ "connaissance durant l’exécution de la présente convention et après son expiration.") });
		List<Section> articles = new ArrayList<>();
		for (int i = 0; i < contenus.size(); i++) {
			articles
				.add(new Section("article-" + (i + 1), "Article " + (i + 1), contenus.get(i)[0], contenus.get(i)[1]));
		}
		return articles;
	}

	// ---------- Annexes ----------

	public static List<Section> annexes() {
		return List.of(
				new Section("annexe-1", "Annexe 1", "Diagnostic partagé", p(
						"<strong>I. Présentation du territoire</strong>",
						"Val de Garonne Agglomération regroupe 43 communes rurales et urbaines autour de Marmande et "
								+ "de Tonneins, le long de la Garonne et du canal latéral.",
						"<strong>II. Données socio-démographiques</strong>",
						"La population totale du territoire s’élève à 61" + FINE
								+ "500 habitants ; les familles allocataires représentent 35" + FINE
								+ "% de la population couverte.",
						"<strong>III. Analyses par thématique</strong>")
						+ ul("petite enfance ;", "parentalité ;", "enfance-jeunesse ;", "animation de la vie sociale ;",
								"logement et cadre de vie ;", "accès aux droits et aux services ;",
								"insertion, autonomie et inclusion handicap.")),
				new Section("annexe-2", "Annexe 2", "Liste des équipements et services soutenus",
						p("Une liste des équipements et services par signataire, dans le respect des compétences "
								+ "détenues.")
								+ ul("EAJE PSU " + guillemets("Les Petits Loups") + ", Marmande — 40 places ;",
										"Relais petite enfance de Tonneins — 1,5 ETP ;",
										"Accueil de loisirs périscolaire de Clairac — 60 places ;",
										"Centre social de Marmande — agrément 2024-2027.")),
				new Section("annexe-3", "Annexe 3", "Plan d’actions 2025-2029",
						p("Autant d’axes que d’objectifs communs visés à l’article 4 :") + ol(
								"Répondre aux besoins d’accueil diversifiés des jeunes enfants et de leurs familles ;",
								"Soutenir les parents dans l’exercice de leur parentalité ;",
								"Favoriser l’autonomie et l’accès aux droits des jeunes ;",
								"Sécuriser l’accès aux droits et aux services.")),
				new Section("annexe-4", "Annexe 4",
						"Modalités de pilotage stratégique et opérationnel et suivi de la Ctg",
						p("Ces instances de pilotage de la CTG s’appuient sur :") + ul(
								"un comité de pilotage, chargé de l’impulsion et de la prise de décision, qui se "
										+ "réunit une à deux fois par an ;",
								"des commissions de travail, structurées par thématique ou par territoire autour "
										+ "des principaux objectifs prioritaires du plan d’action.")),
				new Section("annexe-5", "Annexe 5", "Délibérations",
						p("Les délibérations du conseil communautaire de Val de Garonne Agglomération et des conseils "
								+ "municipaux des 43 communes signataires sont jointes à la présente convention.")));
	}

	// ---------- HTML helpers (the sanitized subset: p, strong, em, ul, ol, li, br)
	// ----------

	static String p(String... paragraphes) {
		return Arrays.stream(paragraphes).map((texte) -> "<p>" + texte + "</p>").collect(Collectors.joining());
	}

	static String ul(String... elements) {
		return "<ul>" + Arrays.stream(elements).map((texte) -> "<li>" + texte + "</li>").collect(Collectors.joining())
				+ "</ul>";
	}

	static String ol(String... elements) {
		return "<ol>" + Arrays.stream(elements).map((texte) -> "<li>" + texte + "</li>").collect(Collectors.joining())
				+ "</ol>";
	}

}
