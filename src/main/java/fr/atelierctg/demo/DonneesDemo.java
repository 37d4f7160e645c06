package fr.atelierctg.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.convention.CategoriePartenaire;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionCommande;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.DeliberationCommande;
import fr.atelierctg.convention.PresidenceCopil;
import fr.atelierctg.convention.RepresentantCommande;
import fr.atelierctg.convention.SignataireCommande;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.referentiel.ReferentielApi;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.TenancyApi.NouvelUtilisateur;
import fr.atelierctg.tenancy.TenantContext;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Demo profile only: the demo accounts (password "demo") and two conventions — the real
 * CTG of Val de Garonne Agglomération (seed 002: 43 communes, Département, Éducation
 * nationale, État) in the Caf de Lot-et-Garonne, and a small one in the Caf de la
 * Haute-Garonne. Idempotent.
 */
@Component
@ConditionalOnProperty("atelier.demo.enabled")
class DonneesDemo implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DonneesDemo.class);

	static final String MOT_DE_PASSE = "demo";

	private final TenancyApi tenancy;

	private final ConventionService redaction;

	private final ConventionApi lecture;

	private final ReferentielApi referentiel;

	DonneesDemo(TenancyApi tenancy, ConventionService redaction, ConventionApi lecture, ReferentielApi referentiel) {
		this.tenancy = tenancy;
		this.redaction = redaction;
		this.lecture = lecture;
		this.referentiel = referentiel;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		CafVue caf47 = this.tenancy.cafDuDepartement("47").orElseThrow();
		CafVue caf31 = this.tenancy.cafDuDepartement("31").orElseThrow();
		List<Ligne> vga = lignes();
		String sirenVga = vga.stream().filter((l) -> l.type() == TypeSignataire.EPCI).findFirst().orElseThrow().siren();
		compte(caf47, "admin47", "Aline", "Admin", Role.ADMIN_CAF, Set.of());
		compte(caf47, "conseiller47", "Claire", "Conseil", Role.CONSEILLER, Set.of());
		compte(caf47, "directeur47", "Damien", "Direction", Role.DIRECTEUR, Set.of());
		compte(caf47, "cooperation-vga", "Camille", "Coopération", Role.CHARGE_COOPERATION, Set.of(sirenVga));
		compte(caf31, "conseiller31", "Hugo", "Garonne", Role.CONSEILLER, Set.of());
		commeConseiller("conseiller47", caf47, () -> conventionValDeGaronne(vga));
		commeConseiller("conseiller31", caf31, this::conventionHauteGaronne);
	}

	private void compte(CafVue caf, String identifiant, String prenom, String nom, Role role, Set<String> sirens) {
		this.tenancy.creerUtilisateurSiAbsent(caf.id(), new NouvelUtilisateur(identifiant, MOT_DE_PASSE, prenom, nom,
				identifiant + "@demo.atelier-ctg.fr", role, sirens));
	}

	/**
	 * Acts as that demo user, so that every rule (tenant, role) applies to the demo data
	 * too.
	 */
	private void commeConseiller(String identifiant, CafVue caf, Runnable travail) {
		UtilisateurConnecte conseiller = new UtilisateurConnecte(0, caf.id(), identifiant, "", identifiant,
				Role.CONSEILLER, Set.of(), true);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(conseiller, null, conseiller.getAuthorities()));
		try {
			TenantContext.pour(caf.id(), () -> {
				if (this.lecture.lister().isEmpty()) {
					travail.run();
				}
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void conventionValDeGaronne(List<Ligne> lignes) {
		long id = this.redaction.creer(
				new ConventionCommande("Convention territoriale globale de services aux familles",
						"Val de Garonne Agglomération", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31),
						"Marmande", PresidenceCopil.COPILOTAGE, false),
				new RepresentantCommande(Civilite.MADAME, "Béatrice", "Lavit", "présidente"),
				new RepresentantCommande(Civilite.MADAME, "Virginie", "Monti", "directrice"));
		this.lecture.lire(id)
			.caf()
			.ifPresent((caf) -> this.redaction.modifierSignataire(id, caf.id(),
					new SignataireCommande(TypeSignataire.CAF, null, null, null, null,
							new RepresentantCommande(Civilite.MADAME, "Béatrice", "Lavit", "présidente"),
							new RepresentantCommande(Civilite.MADAME, "Virginie", "Monti", "directrice"),
							new DeliberationCommande("commission d'action sociale", LocalDate.of(2025, 9, 16)), null)));
		for (Ligne ligne : lignes) {
			// Marmande's council has not voted yet: the check report blocks validation on
			// it
			LocalDate deliberation = ligne.type() == TypeSignataire.EPCI ? LocalDate.of(2025, 6, 19)
					: "47157".equals(ligne.codeInsee()) ? null : LocalDate.of(2025, 6, 26);
			this.redaction.ajouterSignataire(id,
					new SignataireCommande(ligne.type(), ligne.codeInsee(), ligne.siren(), null, null,
							new RepresentantCommande(ligne.civilite(), ligne.prenom(), ligne.nom(), ligne.qualite()),
							null, new DeliberationCommande(null, deliberation), false));
		}
		partenaire(id, CategoriePartenaire.DEPARTEMENT, Civilite.MADAME, "Sophie", "Borderie", "présidente");
		partenaire(id, CategoriePartenaire.EDUCATION_NATIONALE, Civilite.MONSIEUR, "Alexandre", "Falco",
				"directeur académique des services de l'Éducation nationale");
		partenaire(id, CategoriePartenaire.ETAT, Civilite.MONSIEUR, "Daniel", "Barnier", "préfet de Lot-et-Garonne");
		logger.info("Convention de démonstration « Val de Garonne Agglomération » créée (" + lignes.size()
				+ " collectivités)");
	}

	private void partenaire(long id, CategoriePartenaire categorie, Civilite civilite, String prenom, String nom,
			String qualite) {
		this.redaction.ajouterSignataire(id,
				new SignataireCommande(TypeSignataire.AUTRE, null, null, null, categorie,
						new RepresentantCommande(civilite, prenom, nom, qualite), null,
						new DeliberationCommande("", null), false));
	}

	private void conventionHauteGaronne() {
		long id = this.redaction.creer(
				new ConventionCommande("Convention territoriale globale", "Le Muretain Agglo", LocalDate.of(2026, 1, 1),
						LocalDate.of(2030, 12, 31), "", PresidenceCopil.ALTERNEE, true),
				new RepresentantCommande(Civilite.MONSIEUR, "Pierre", "Martin", "président"),
				new RepresentantCommande(Civilite.MADAME, "Sophie", "Durand", "directrice"));
		this.referentiel.rechercherEpci("Muretain", 1)
			.forEach((epci) -> this.redaction.ajouterSignataire(id,
					new SignataireCommande(TypeSignataire.EPCI, null, epci.siren(), null, null,
							new RepresentantCommande(Civilite.MONSIEUR, "Jean", "Dupont", "président"), null,
							new DeliberationCommande(null, LocalDate.of(2025, 11, 20)), false)));
		this.referentiel.rechercherCommunes("Muret", 1)
			.forEach((commune) -> this.redaction.ajouterSignataire(id,
					new SignataireCommande(TypeSignataire.COMMUNE, commune.codeInsee(), null, null, null,
							new RepresentantCommande(Civilite.MADAME, "Anne", "Bernard", "maire"), null, null, false)));
	}

	private static List<Ligne> lignes() throws IOException {
		List<Ligne> lignes = new ArrayList<>();
		try (BufferedReader lecteur = new BufferedReader(
				new InputStreamReader(new ClassPathResource("demo/val-de-garonne-signataires.csv").getInputStream(),
						StandardCharsets.UTF_8))) {
			lecteur.readLine();
			for (String texte = lecteur.readLine(); texte != null; texte = lecteur.readLine()) {
				if (texte.isBlank()) {
					continue;
				}
				String[] c = texte.split(";", -1);
				lignes.add(new Ligne(TypeSignataire.valueOf(c[0]), c[1].isBlank() ? null : c[1], c[2], c[3],
						Civilite.valueOf(c[4]), c[5], c[6], c[7]));
			}
		}
		return lignes;
	}

	/**
	 * A row of the demo file:
	 * type;code_insee;siren;nom_referentiel;civilite;prenom;nom;qualite.
	 */
	record Ligne(TypeSignataire type, String codeInsee, String siren, String nomReferentiel, Civilite civilite,
			String prenom, String nom, String qualite) {
	}

}
