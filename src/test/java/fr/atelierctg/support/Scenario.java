package fr.atelierctg.support;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionCommande;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.DeliberationCommande;
import fr.atelierctg.convention.PresidenceCopil;
import fr.atelierctg.convention.RepresentantCommande;
import fr.atelierctg.convention.SignataireCommande;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;

/** Builds conventions through the real services, as a conseiller of the given Caf. */
@Component
public class Scenario {

	public static final String SIREN_VGA = "200030674";

	private final TenancyApi tenancy;

	private final ConventionService conventions;

	private final ConventionApi lecture;

	private final fr.atelierctg.annexe.diagnostic.DiagnosticApi diagnostic;

	private final fr.atelierctg.annexe.equipements.EquipementsApi equipements;

	private final fr.atelierctg.annexe.plan.PlanActionsApi plan;

	private final fr.atelierctg.annexe.pilotage.PilotageApi pilotage;

	Scenario(TenancyApi tenancy, ConventionService conventions, ConventionApi lecture,
			fr.atelierctg.annexe.diagnostic.DiagnosticApi diagnostic,
			fr.atelierctg.annexe.equipements.EquipementsApi equipements, fr.atelierctg.annexe.plan.PlanActionsApi plan,
			fr.atelierctg.annexe.pilotage.PilotageApi pilotage) {
		this.diagnostic = diagnostic;
		this.equipements = equipements;
		this.plan = plan;
		this.pilotage = pilotage;
		this.tenancy = tenancy;
		this.conventions = conventions;
		this.lecture = lecture;
	}

	/** The id of the signatory EPCI of a convention of this Caf. */
	public long epci(CafVue caf, long convention) {
		return signataire(caf, convention, (s) -> s.type() == TypeSignataire.EPCI);
	}

	/** The id of a signatory commune of a convention of this Caf. */
	public long commune(CafVue caf, long convention, String codeInsee) {
		return signataire(caf, convention,
				(s) -> s.type() == TypeSignataire.COMMUNE && codeInsee.equals(s.identite().codeInsee()));
	}

	private long signataire(CafVue caf, long convention, java.util.function.Predicate<SignataireLu> lequel) {
		return Comptes.en(Comptes.utilisateur(caf.id(), Role.CONSEILLER), () -> this.lecture.lire(convention))
			.signataires()
			.stream()
			.filter(lequel)
			.findFirst()
			.orElseThrow()
			.id();
	}

	public CafVue caf(String departement) {
		return this.tenancy.cafDuDepartement(departement).orElseThrow();
	}

	/**
	 * Val de Garonne Agglomération, Agmé (Mme), Le Mas-d'Agenais and Marmande: an EPCI
	 * and three communes.
	 */
	public long conventionAvecUnEpciEtTroisCommunes(CafVue caf) {
		return convention(caf, null, null);
	}

	/**
	 * The same convention with every deliberation dated: its check report holds no
	 * blocking error, a directeur may validate it.
	 */
	public long conventionPreteAValider(CafVue caf) {
		return conventionPreteAValiderSauf(caf, null);
	}

	/**
	 * Ready to validate but for one deliberation (Marmande's, 47157): what the demo shows
	 * and what validation must stop on.
	 */
	public long conventionPreteSaufLaDeliberationDeMarmande(CafVue caf) {
		return conventionPreteAValiderSauf(caf, "47157");
	}

	private long conventionPreteAValiderSauf(CafVue caf, String communeSansDeliberation) {
		long id = convention(caf, LocalDate.of(2025, 6, 26), communeSansDeliberation);
		Comptes.en(Comptes.utilisateur(caf.id(), Role.CONSEILLER), () -> {
			ConventionLue convention = this.lecture.lire(id);
			SignataireLu signataireCaf = convention.caf().orElseThrow();
			this.conventions.modifierSignataire(id, signataireCaf.id(),
					new SignataireCommande(TypeSignataire.CAF, null, null, null, null,
							new RepresentantCommande(Civilite.MADAME, "Béatrice", "Lavit", "présidente"),
							new RepresentantCommande(Civilite.MONSIEUR, "Paul", "Monti", "directeur"),
							new DeliberationCommande(null, LocalDate.of(2025, 6, 20)), false));
			remplirLesAnnexes(convention);
			return null;
		});
		return id;
	}

	/** Annexes 1 to 4 with a little content each: the check report no longer blocks. */
	private void remplirLesAnnexes(ConventionLue convention) {
		long id = convention.id();
		long epci = epci(convention);
		this.diagnostic.enregistrerTexteDeLaCaf(id,
				fr.atelierctg.annexe.diagnostic.SectionDiagnostic.PRESENTATION_TERRITOIRE,
				new fr.atelierctg.annexe.diagnostic.SaisieTexte("<p>Un territoire rural de 43 communes.</p>", null,
						null));
		this.equipements.ajouter(id, epci, new fr.atelierctg.annexe.equipements.SaisieEquipement("RPE",
				"Relais petite enfance Val de Garonne", "Val de Garonne Agglomération", "", "Marmande", "1,5", null));
		this.plan.partirDuModele(id);
		long axe = this.plan.lire(id).axes().get(0).id();
		this.plan.ajouterAction(id, new fr.atelierctg.annexe.plan.FicheActionCommande(axe,
				"Développer l'accueil du jeune enfant", "", "", "", "", "", "", "", "", "", "", epci, null, null));
		long caf = convention.caf().orElseThrow().id();
		this.pilotage.enregistrer(id,
				new fr.atelierctg.annexe.pilotage.PilotageCommande(null,
						new fr.atelierctg.annexe.pilotage.PilotageCommande.ComitePilotageCommande(
								fr.atelierctg.annexe.pilotage.Frequence.SEMESTRIELLE, null,
								"<p>Valide le bilan annuel.</p>",
								List.of(new fr.atelierctg.annexe.pilotage.PilotageCommande.DelegationCommande(caf,
										List.of(new fr.atelierctg.annexe.pilotage.PilotageCommande.MembreCopilCommande(
												Civilite.MADAME, "Béatrice Lavit", "Présidente")),
										null))),
						null, null, null));
	}

	private static long epci(ConventionLue convention) {
		return convention.signataires()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.EPCI)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private long convention(CafVue caf, LocalDate deliberations, String communeSansDeliberation) {
		java.util.function.Function<String, LocalDate> deliberation = (insee) -> insee.equals(communeSansDeliberation)
				? null : deliberations;
		return Comptes.en(Comptes.utilisateur(caf.id(), Role.CONSEILLER), () -> {
			long id = this.conventions.creer(
					new ConventionCommande("CTG de test", "Val de Garonne Agglomération", LocalDate.of(2025, 1, 1),
							LocalDate.of(2029, 12, 31), "Marmande", PresidenceCopil.CAF, false),
					new RepresentantCommande(Civilite.MADAME, "Béatrice", "Lavit", "président"),
					new RepresentantCommande(Civilite.MONSIEUR, "Paul", "Monti", "directrice"));
			this.conventions.ajouterSignataire(id,
					new SignataireCommande(TypeSignataire.EPCI, null, SIREN_VGA, null, null,
							new RepresentantCommande(Civilite.MONSIEUR, "Jacques", "Bilirit", "président"), null,
							new DeliberationCommande(null, LocalDate.of(2025, 6, 19)), false));
			commune(id, "47002", Civilite.MADAME, "Jeanne", "Bissières", "maire", deliberation.apply("47002"));
			commune(id, "47159", Civilite.MONSIEUR, "Claude", "Lagarde", "maire", deliberation.apply("47159"));
			commune(id, "47157", Civilite.MONSIEUR, "Joël", "Hocquelet", "maire", deliberation.apply("47157"));
			return id;
		});
	}

	private void commune(long id, String codeInsee, Civilite civilite, String prenom, String nom, String qualite,
			LocalDate deliberation) {
		this.conventions.ajouterSignataire(id,
				new SignataireCommande(TypeSignataire.COMMUNE, codeInsee, null, null, null,
						new RepresentantCommande(civilite, prenom, nom, qualite), null,
						(deliberation == null) ? null : new DeliberationCommande(null, deliberation), false));
	}

}
