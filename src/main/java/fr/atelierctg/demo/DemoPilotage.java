package fr.atelierctg.demo;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.atelierctg.annexe.pilotage.Frequence;
import fr.atelierctg.annexe.pilotage.PilotageApi;
import fr.atelierctg.annexe.pilotage.PilotageCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.ChargeCooperationCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.CommissionCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.ComitePilotageCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.ComiteTechniqueCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.DelegationCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.MembreCopilCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.MembreTechniqueCommande;
import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;

/**
 * Annex 4 of the demo convention of Val de Garonne Agglomération: comité de pilotage,
 * comité technique, commissions by axis, the chargée de coopération of the agglomération.
 * Runs once the application is ready, so after {@link DonneesDemo}; never twice.
 */
@Component
@ConditionalOnProperty("atelier.demo.enabled")
class DemoPilotage {

	private static final Log logger = LogFactory.getLog(DemoPilotage.class);

	private final ConventionDeDemo demo;

	private final ConventionApi conventions;

	private final PilotageApi pilotage;

	DemoPilotage(ConventionDeDemo demo, ConventionApi conventions, PilotageApi pilotage) {
		this.demo = demo;
		this.conventions = conventions;
		this.pilotage = pilotage;
	}

	@EventListener(ApplicationReadyEvent.class)
	void remplir() {
		this.demo.enTantQueConseiller((caf, id) -> remplir(id));
	}

	private void remplir(long id) {
		if (this.pilotage.lire(id).version() > 0) {
			return;
		}
		ConventionLue convention = this.conventions.lire(id);
		long caf = convention.caf().orElseThrow().id();
		long epci = convention.signataires()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.EPCI)
			.map(SignataireLu::id)
			.findFirst()
			.orElseThrow();
		List<DelegationCommande> delegations = List.of(
				new DelegationCommande(caf,
						List.of(new MembreCopilCommande(Civilite.MADAME, "Béatrice Lavit",
								"Présidente du conseil d'administration"),
								new MembreCopilCommande(Civilite.MADAME, "Virginie Monti", "Directrice"),
								new MembreCopilCommande(null, "", "Conseillère technique territoriale")),
						null),
				new DelegationCommande(epci,
						List.of(new MembreCopilCommande(null, "", "Président de Val de Garonne Agglomération"),
								new MembreCopilCommande(null, "",
										"Vice-président(e) chargé(e) de l'enfance et de la jeunesse"),
								new MembreCopilCommande(null, "", "Directeur(rice) général(e) des services")),
						null));
		this.pilotage.enregistrer(id, new PilotageCommande(0L, new ComitePilotageCommande(Frequence.SEMESTRIELLE, null,
				"<p>Valide chaque année le bilan du plan d'actions et arbitre les priorités de l'année suivante.</p>",
				delegations),
				new ComiteTechniqueCommande(Frequence.TRIMESTRIELLE, null,
						"<p>Prépare les comités de pilotage, suit les fiches actions et l'indicateur de chaque axe.</p>",
						List.of(new MembreTechniqueCommande("", "Conseillère technique territoriale", caf, null),
								new MembreTechniqueCommande("", "Responsable du service enfance-jeunesse", epci, null),
								new MembreTechniqueCommande("Camille Coopération", "Chargée de coopération CTG", epci,
										null))),
				List.of(new CommissionCommande("Petite enfance", "Axe 1 – Accueil du jeune enfant",
						"Gestionnaires des EAJE, relais petite enfance, PMI.\nAnimée par la chargée de coopération.",
						"deux fois par an"),
						new CommissionCommande("Parentalité et jeunesse", "Axes 2 et 3",
								"Centres sociaux, LAEP, accueils de jeunes, Éducation nationale.", "deux fois par an"),
						new CommissionCommande("Animation de la vie sociale", "Axe 4",
								"Centres sociaux et espaces de vie sociale du territoire.", "une fois par an")),
				List.of(new ChargeCooperationCommande("Camille Coopération", epci, null, "1",
						"Bonus territoire CTG"))));
		logger.info("Annexe 4 (pilotage) de démonstration remplie pour la convention " + id);
	}

}
