package fr.atelierctg.renouvellement;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.stereotype.Component;

import fr.atelierctg.annexe.diagnostic.ChiffreSaisi;
import fr.atelierctg.annexe.diagnostic.DiagnosticApi;
import fr.atelierctg.annexe.diagnostic.SaisieTexte;
import fr.atelierctg.annexe.diagnostic.SectionDiagnostic;
import fr.atelierctg.annexe.plan.FicheActionCommande;
import fr.atelierctg.annexe.plan.PlanActionsApi;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionCommande;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.CycleDeVie;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.Signatures;
import fr.atelierctg.convention.Transition;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;

/**
 * Signed conventions for the renewal tests, through the real services: the scenario's
 * convention with its period moved, a contribution of Agmé to the diagnostic and three
 * fiches actions, validated then signed by every party.
 */
@Component
class ConventionsSignees {

	static final LocalDate AUJOURDHUI = LocalDate.now(ZoneId.of("Europe/Paris"));

	private final Scenario scenario;

	private final ConventionService redaction;

	private final ConventionApi lecture;

	private final CycleDeVie cycle;

	private final Signatures signatures;

	private final DiagnosticApi diagnostic;

	private final PlanActionsApi plan;

	ConventionsSignees(Scenario scenario, ConventionService redaction, ConventionApi lecture, CycleDeVie cycle,
			Signatures signatures, DiagnosticApi diagnostic, PlanActionsApi plan) {
		this.scenario = scenario;
		this.redaction = redaction;
		this.lecture = lecture;
		this.cycle = cycle;
		this.signatures = signatures;
		this.diagnostic = diagnostic;
		this.plan = plan;
	}

	/** Ending this year: in its last year. */
	long enDerniereAnnee(CafVue caf) {
		return enVigueur(caf, AUJOURDHUI.getYear());
	}

	/** The same convention, still in draft. */
	long redigee(CafVue caf, int anneeFin) {
		long id = this.scenario.conventionPreteAValider(caf);
		en(caf, Role.CONSEILLER, () -> {
			ConventionLue c = this.lecture.lire(id);
			this.redaction.modifier(id,
					new ConventionCommande("CTG Val de Garonne " + (anneeFin - 4) + "-" + anneeFin, c.territoire(),
							LocalDate.of(anneeFin - 4, 1, 1), LocalDate.of(anneeFin, 12, 31), c.lieuSignature(),
							c.presidenceCopil(), c.ctgDansMaPoche()));
			long agme = this.scenario.commune(caf, id, "47002");
			this.diagnostic.enregistrerContribution(id, SectionDiagnostic.PETITE_ENFANCE, agme,
					new SaisieTexte("<p>Deux micro-crèches à Agmé.</p>",
							List.of(new ChiffreSaisi("Places en micro-crèche", "20", "places", "Caf 47", "2024")),
							null));
			long axe = this.plan.lire(id).axes().get(0).id();
			long epci = this.scenario.epci(caf, id);
			this.plan.ajouterAction(id, new FicheActionCommande(axe, "Ouvrir un lieu d'accueil enfants-parents",
					"<p>Aucun LAEP.</p>", "", "", "", "", "", "", "", "", "", agme, null, null));
			this.plan.ajouterAction(id, new FicheActionCommande(axe, "Étendre les horaires du RPE", "", "", "", "", "",
					"", "", "", "", "", epci, null, null));
			return null;
		});
		return id;
	}

	/** Validated, then signed by every party: en vigueur since its period has begun. */
	long enVigueur(CafVue caf, int anneeFin) {
		long id = redigee(caf, anneeFin);
		en(caf, Role.CONSEILLER, () -> this.cycle.effectuer(id, Transition.DEMANDER_RELECTURE, ""));
		en(caf, Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.VALIDER, ""));
		en(caf, Role.DIRECTEUR, () -> this.cycle.effectuer(id, Transition.METTRE_EN_SIGNATURE, ""));
		byte[] copie = pdf("Exemplaire signé");
		for (SignataireLu signataire : en(caf, Role.CONSEILLER, () -> this.lecture.lire(id)).signataires()) {
			en(caf, Role.CONSEILLER,
					() -> this.signatures.enregistrer(id, signataire.id(), AUJOURDHUI, "Marmande", "signe.pdf", copie));
		}
		return id;
	}

	static <T> T en(CafVue caf, Role role, Supplier<T> travail) {
		return Comptes.en(Comptes.utilisateur(caf.id(), role), travail);
	}

	static byte[] pdf(String texte) {
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, sortie);
		document.open();
		document.add(new Paragraph(texte));
		document.close();
		return sortie.toByteArray();
	}

}
