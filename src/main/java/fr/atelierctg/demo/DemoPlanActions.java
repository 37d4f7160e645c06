package fr.atelierctg.demo;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.atelierctg.annexe.plan.AxeCommande;
import fr.atelierctg.annexe.plan.FicheActionCommande;
import fr.atelierctg.annexe.plan.PlanActionsApi;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.UtilisateurVue;

/**
 * Demo profile only: the plan d'actions of the Val de Garonne convention (seed 002: five
 * axes, 38 actions, two fiches written out), once {@link DonneesDemo} has created it.
 * Idempotent: a plan that has axes is left alone.
 */
@Component
@ConditionalOnProperty("atelier.demo.enabled")
class DemoPlanActions {

	private static final Log logger = LogFactory.getLog(DemoPlanActions.class);

	private static final List<Axe> AXES = List.of(new Axe("Garantir l'équité d'accès et la qualité des accueils", List
		.of("Élaborer un schéma pluriannuel enfance et petite enfance",
				"Mettre en place un observatoire et un plan d'action opérationnel pour un maillage territorial cohérent de l'accueil enfance et petite enfance",
				"Valoriser le métier d'assistant(e) maternel(le)", "Expérimenter le dispositif « Le Nid »",
				"Structurer le dispositif des places d'accueil d'urgence (petite enfance)",
				"Structurer le dispositif des places d'accueil d'urgence (enfance)",
				"Proposer des places d'accueil AVIP", "Déployer le programme Safe-Li",
				"Labelliser les structures petite enfance dans une démarche de développement durable",
				"Expérimenter les couches lavables dans les structures petite enfance",
				"Réhabiliter l'accueil de loisirs sans hébergement communautaire de Marmande",
				"Déployer le 1 % artistique dans les bâtiments communautaires petite enfance et enfance")),
			new Axe("Accompagner la parentalité dans une logique de parcours", List.of(
					"Soutenir le réseau d'acteurs d'accompagnement à la parentalité",
					"Déployer les dispositifs d'accompagnement à la scolarité, de mentorat et de tutorat",
					"Accompagner les enfants présentant des difficultés de comportement, leurs familles et les professionnels")),
			new Axe("Renforcer l'accès à l'information et répondre aux besoins des familles",
					List.of("Accompagner les familles du territoire", "Proposer des animations",
							"Communiquer et informer",
							"Déployer le programme « 1000 premiers jours » avec l'ensemble des acteurs locaux",
							"Favoriser la participation et l'implication des familles (petite enfance)",
							"Favoriser la participation et l'implication des familles (enfance)",
							"Créer des événements à destination des familles")),
			new Axe("Structurer une politique enfance-jeunesse cohérente à l'échelle intercommunale", List.of(
					"Accompagner les projets éducatifs de territoire locaux",
					"Mettre en œuvre un programme de formation continue des acteurs éducatifs locaux",
					"Favoriser la concertation entre élus par des intercommissions petite enfance, enfance et cohésion sociale",
					"Faire connaître le territoire et ses ressources aux jeunes",
					"Animer le territoire pour, par et avec les jeunes",
					"Équiper le territoire afin de donner envie aux jeunes adultes de rester et de s'installer",
					"Favoriser l'insertion sociale et professionnelle des jeunes",
					"Agir en prévention sur les questions de santé",
					"Soutenir la mobilité intellectuelle et l'ouverture au monde",
					"Soutenir la montée en compétences des acteurs jeunesse", "Ouvrir un accueil de loisirs ados")),
			new Axe("Favoriser l'accès aux droits et le développement de la vie sociale",
					List.of("Contribuer à la dynamique associative sur le territoire",
							"Favoriser le développement de l'animation de la vie sociale sur le territoire",
							"Poursuivre l'aller-vers en milieu rural avec France Services itinérant",
							"Agir en faveur de l'inclusion numérique", "Déployer une stratégie laïcité")));

	private final TenancyApi tenancy;

	private final ConventionApi conventions;

	private final PlanActionsApi plans;

	private final ConventionDeDemo demo;

	DemoPlanActions(ConventionDeDemo demo, TenancyApi tenancy, ConventionApi conventions, PlanActionsApi plans) {
		this.demo = demo;
		this.tenancy = tenancy;
		this.conventions = conventions;
		this.plans = plans;
	}

	/** After the application runners, hence after {@link DonneesDemo}. */
	@EventListener(ApplicationReadyEvent.class)
	void creer() {
		this.demo.enTantQueConseiller((caf, id) -> {
			if (this.plans.lire(id).vide()) {
				planValDeGaronne(this.conventions.lire(id), caf);
			}
		});
	}

	private void planValDeGaronne(ConventionLue convention, CafVue caf) {
		long vga = pilote(convention, TypeSignataire.EPCI);
		long caisse = pilote(convention, TypeSignataire.CAF);
		Long cooperation = this.tenancy.utilisateursDeLaCaf(caf.id(), Role.CHARGE_COOPERATION)
			.stream()
			.filter((u) -> u.identifiant().equals("cooperation-vga"))
			.map(UtilisateurVue::id)
			.findFirst()
			.orElse(null);
		int actions = 0;
		for (Axe axe : AXES) {
			long axeId = this.plans.ajouterAxe(convention.id(), new AxeCommande(axe.intitule(), null));
			for (String intitule : axe.actions()) {
				actions++;
				Long pilote = intitule.contains("AVIP") ? caisse : vga;
				Long charge = (actions % 3 == 1) ? cooperation : null;
				this.plans.ajouterAction(convention.id(), FichesDemo.fiche(axeId, intitule, pilote, charge));
			}
		}
		logger.info("Plan d'actions de démonstration « Val de Garonne Agglomération » créé (" + AXES.size() + " axes, "
				+ actions + " actions)");
	}

	private static long pilote(ConventionLue convention, TypeSignataire type) {
		return convention.signataires()
			.stream()
			.filter((s) -> s.type() == type)
			.map(SignataireLu::id)
			.findFirst()
			.orElseThrow();
	}

	private record Axe(String intitule, List<String> actions) {
	}

	/** Two fiches written out; the other actions have their title only. */
	static final class FichesDemo {

		private FichesDemo() {
		}

		static FicheActionCommande fiche(long axeId, String intitule, Long pilote, Long charge) {
			if (intitule.startsWith("Élaborer un schéma")) {
				return new FicheActionCommande(axeId, intitule,
						"<p>L'offre d'accueil du jeune enfant est inégalement répartie entre le Marmandais et les "
								+ "communes rurales ; les besoins des familles aux horaires atypiques sont mal couverts.</p>",
						"<p>Les familles avec de jeunes enfants, les futurs parents, les gestionnaires d'établissements "
								+ "d'accueil du jeune enfant et les assistants maternels.</p>",
						"<ul><li>Recenser les besoins d'accueil et l'offre existante par secteur.</li>"
								+ "<li>Fixer des objectifs de création de places à 5 ans.</li></ul>",
						"<p>Étude confiée au service petite enfance de l'agglomération, en lien avec le relais petite "
								+ "enfance et la Caf ; restitution en comité de pilotage.</p>",
						"2025 : diagnostic des besoins\n2026 : adoption du schéma en conseil communautaire",
						"<p>Service petite enfance de Val de Garonne Agglomération (pilote) ; conseillère territoriale "
								+ "de la Caf.</p>",
						"<p>Un schéma pluriannuel adopté, tenant lieu du schéma de maintien et de développement de "
								+ "l'offre d'accueil du jeune enfant.</p>",
						"<p>Caf de Lot-et-Garonne, Conseil départemental (PMI), gestionnaires d'EAJE.</p>",
						"<ul><li>Schéma adopté (oui / non).</li><li>Nombre de places créées par rapport à "
								+ "l'objectif.</li><li>Taux de couverture par secteur.</li></ul>",
						"<p>Marmande (plus de 10 000 habitants) : relais petite enfance obligatoire depuis le "
								+ "1er janvier 2026.</p>",
						pilote, charge, null);
			}
			if (intitule.startsWith("Valoriser le métier")) {
				return new FicheActionCommande(axeId, intitule,
						"<p>De nombreux assistants maternels du territoire partiront à la retraite d'ici 2029.</p>",
						"<p>Assistants maternels en activité et personnes en reconversion.</p>",
						"<ul><li>Faire connaître le métier.</li><li>Accompagner les nouveaux agréments.</li></ul>",
						"<p>Réunions d'information au relais petite enfance, portes ouvertes de MAM.</p>",
						"2026 à 2029 : deux réunions par an", "<p>Relais petite enfance.</p>",
						"<p>Stabilité du nombre de places chez les assistants maternels.</p>",
						"<p>Conseil départemental (PMI), France Travail.</p>",
						"<ul><li>Nombre d'agréments délivrés chaque année.</li></ul>", "", pilote, charge, null);
			}
			return new FicheActionCommande(axeId, intitule, "", "", "", "", "", "", "", "", "", "", pilote, charge,
					null);
		}

	}

}
