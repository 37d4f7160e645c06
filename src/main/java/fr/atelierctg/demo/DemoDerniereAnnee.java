package fr.atelierctg.demo;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.atelierctg.annexe.diagnostic.ChiffreSaisi;
import fr.atelierctg.annexe.diagnostic.DiagnosticApi;
import fr.atelierctg.annexe.diagnostic.SaisieTexte;
import fr.atelierctg.annexe.diagnostic.SectionDiagnostic;
import fr.atelierctg.annexe.equipements.EquipementsApi;
import fr.atelierctg.annexe.equipements.SaisieEquipement;
import fr.atelierctg.annexe.pilotage.Frequence;
import fr.atelierctg.annexe.pilotage.PilotageApi;
import fr.atelierctg.annexe.pilotage.PilotageCommande;
import fr.atelierctg.annexe.plan.FicheActionCommande;
import fr.atelierctg.annexe.plan.PlanActionsApi;
import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.CycleDeVie;
import fr.atelierctg.convention.DeliberationCommande;
import fr.atelierctg.convention.RepresentantCommande;
import fr.atelierctg.convention.SignataireCommande;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.Signatures;
import fr.atelierctg.convention.Transition;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Demo profile only: the Grand Villeneuvois convention (2022–2026, in its last year) gets
 * a diagnostic, équipements, a plan d'actions with three fiches and its pilotage, then
 * goes through the real life cycle (relecture, validation by directeur47, signatures one
 * by one): en vigueur, a new user can walk its renewal. The signatures are dated the day
 * the demo is loaded, since a signature cannot precede the validation.
 */
@Component
@ConditionalOnProperty("atelier.demo.enabled")
class DemoDerniereAnnee {

	private final ConventionService redaction;

	private final ConventionApi lecture;

	private final DiagnosticApi diagnostic;

	private final EquipementsApi equipements;

	private final PlanActionsApi plan;

	private final PilotageApi pilotage;

	private final CycleDeVie cycle;

	private final Signatures signatures;

	DemoDerniereAnnee(ConventionService redaction, ConventionApi lecture, DiagnosticApi diagnostic,
			EquipementsApi equipements, PlanActionsApi plan, PilotageApi pilotage, CycleDeVie cycle,
			Signatures signatures) {
		this.redaction = redaction;
		this.lecture = lecture;
		this.diagnostic = diagnostic;
		this.equipements = equipements;
		this.plan = plan;
		this.pilotage = pilotage;
		this.cycle = cycle;
		this.signatures = signatures;
	}

	/**
	 * Run as conseiller47, in the Caf's tenant ({@link ConventionDeDemo#dansLaCaf47}).
	 */
	void mettreEnVigueur(long id, LocalDate deliberation) {
		long caf = UtilisateurConnecte.courant().orElseThrow().cafId();
		ConventionLue convention = this.lecture.lire(id);
		SignataireLu signataireCaf = convention.caf().orElseThrow();
		SignataireLu epci = convention.signataires()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.EPCI)
			.findFirst()
			.orElseThrow();
		SignataireLu commune = convention.collectivites()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.COMMUNE)
			.findFirst()
			.orElse(epci);
		this.redaction.modifierSignataire(id, signataireCaf.id(),
				new SignataireCommande(TypeSignataire.CAF, null, null, null, null,
						new RepresentantCommande(Civilite.MADAME, "Béatrice", "Lavit", "présidente"),
						new RepresentantCommande(Civilite.MADAME, "Virginie", "Monti", "directrice"),
						new DeliberationCommande(null, deliberation), false));
		rediger(id, epci.id(), commune.id(), signataireCaf.id());
		this.cycle.effectuer(id, Transition.DEMANDER_RELECTURE, "Annexes complètes, relecture par la Caf.");
		comme(caf, Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.VALIDER, ""));
		this.cycle.effectuer(id, Transition.METTRE_EN_SIGNATURE, "");
		LocalDate aujourdhui = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
		for (SignataireLu signataire : convention.signataires()) {
			this.signatures.enregistrer(id, signataire.id(), aujourdhui, "Villeneuve-sur-Lot",
					"ctg-grand-villeneuvois-signee.pdf", exemplaire(convention.titre(), signataire));
		}
	}

	private void rediger(long id, long epci, long commune, long caf) {
		this.diagnostic.enregistrerTexteDeLaCaf(id, SectionDiagnostic.PRESENTATION_TERRITOIRE, new SaisieTexte(
				"<p>La Communauté d'agglomération du Grand Villeneuvois réunit 19 communes autour de "
						+ "Villeneuve-sur-Lot, pôle urbain de la vallée du Lot.</p>",
				List.of(new ChiffreSaisi("Communes", "19", "communes", "Insee, COG", "2021"),
						new ChiffreSaisi("Habitants", "48 900", "habitants", "Insee, recensement", "2019")),
				null));
		this.diagnostic.enregistrerTexteDeLaCaf(id, SectionDiagnostic.POPULATION_ALLOCATAIRES,
				new SaisieTexte("<p>Un habitant sur deux est couvert par au moins une prestation de la Caf.</p>",
						List.of(new ChiffreSaisi("Foyers allocataires", "10 450", "foyers", "Caf 47, Fileas", "2021")),
						null));
		this.diagnostic.enregistrerContribution(id, SectionDiagnostic.PETITE_ENFANCE, commune, new SaisieTexte(
				"<p>Deux multi-accueils et un relais petite enfance couvrent la ville-centre ; "
						+ "les communes rurales manquent de places.</p>",
				List.of(new ChiffreSaisi("Places d'accueil collectif", "128", "places", "Caf 47", "2021")), null));
		this.equipements.ajouter(id, epci, new SaisieEquipement("RPE", "Relais petite enfance du Grand Villeneuvois",
				"CA du Grand Villeneuvois", "", "Villeneuve-sur-Lot", "2", null));
		this.plan.partirDuModele(id);
		List<Long> axes = this.plan.lire(id).axes().stream().map((a) -> a.id()).toList();
		fiche(id, axes.get(0), "Créer un multi-accueil dans le secteur rural nord", epci);
		fiche(id, axes.get(0), "Étendre les horaires du relais petite enfance", epci);
		fiche(id, axes.get(1), "Ouvrir un lieu d'accueil enfants-parents itinérant", commune);
		this.pilotage.enregistrer(id, new PilotageCommande(null, new PilotageCommande.ComitePilotageCommande(
				Frequence.SEMESTRIELLE, null, "<p>Valide le bilan annuel et les évolutions du plan d'actions.</p>",
				List.of(new PilotageCommande.DelegationCommande(caf, List
					.of(new PilotageCommande.MembreCopilCommande(Civilite.MADAME, "Béatrice Lavit", "Présidente")),
						null))),
				null, null, null));
	}

	private void fiche(long id, long axe, String intitule, long pilote) {
		this.plan.ajouterAction(id, new FicheActionCommande(axe, intitule, "<p>Constat du diagnostic 2021.</p>", "", "",
				"", "2023–2026", "", "", "", "", "", pilote, null, null));
	}

	private static <T> T comme(long caf, Role role, Supplier<T> travail) {
		Authentication precedente = SecurityContextHolder.getContext().getAuthentication();
		UtilisateurConnecte utilisateur = new UtilisateurConnecte(0, caf, role.name().toLowerCase() + "47", "",
				role.name().toLowerCase() + "47", role, java.util.Set.of(), true);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(utilisateur, null, utilisateur.getAuthorities()));
		try {
			return travail.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(precedente);
		}
	}

	/** The signed copy each party returns: a one-page PDF standing for it. */
	private static byte[] exemplaire(String titre, SignataireLu signataire) {
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, sortie);
		document.open();
		document.add(new Paragraph(
				titre + " – exemplaire signé par " + signataire.identite().nom() + " (données de démonstration)"));
		document.close();
		return sortie.toByteArray();
	}

}
