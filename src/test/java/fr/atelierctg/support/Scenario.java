package fr.atelierctg.support;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionCommande;
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

	Scenario(TenancyApi tenancy, ConventionService conventions, ConventionApi lecture) {
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
			commune(id, "47002", Civilite.MADAME, "Jeanne", "Bissières", "maire");
			commune(id, "47159", Civilite.MONSIEUR, "Claude", "Lagarde", "maire");
			commune(id, "47157", Civilite.MONSIEUR, "Joël", "Hocquelet", "maire");
			return id;
		});
	}

	private void commune(long id, String codeInsee, Civilite civilite, String prenom, String nom, String qualite) {
		this.conventions.ajouterSignataire(id, new SignataireCommande(TypeSignataire.COMMUNE, codeInsee, null, null,
				null, new RepresentantCommande(civilite, prenom, nom, qualite), null, null, false));
	}

}
