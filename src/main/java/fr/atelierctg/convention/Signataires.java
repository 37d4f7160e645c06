package fr.atelierctg.convention;

import fr.atelierctg.common.erreurs.DonneesInvalides;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.atelierctg.common.francais.Liaison;
import fr.atelierctg.referentiel.CommuneRef;
import fr.atelierctg.referentiel.EpciRef;
import fr.atelierctg.referentiel.ReferentielApi;
import fr.atelierctg.tenancy.TenancyApi;

/**
 * Who may sign and how they are identified: communes and EPCI come from the national
 * referential.
 */
@Component
class Signataires {

	private final ReferentielApi referentiel;

	private final TenancyApi tenancy;

	private final Redaction redaction;

	private final ConventionRepository conventions;

	Signataires(ReferentielApi referentiel, TenancyApi tenancy, Redaction redaction, ConventionRepository conventions) {
		this.referentiel = referentiel;
		this.tenancy = tenancy;
		this.redaction = redaction;
		this.conventions = conventions;
	}

	Signataire ajouter(Convention convention, SignataireCommande commande) {
		if (commande.type() == TypeSignataire.CAF) {
			throw DonneesInvalides.sur("type", "La Caf est déjà signataire de la convention.");
		}
		IdentiteSignataire identite = identifier(commande);
		verifierAbsent(convention, identite);
		Signataire signataire = new Signataire(identite);
		renseigner(signataire, commande, identite.type());
		convention.ajouterSignataire(signataire);
		if (identite.type() == TypeSignataire.EPCI && Boolean.TRUE.equals(commande.avecCommunesMembres())) {
			ajouterCommunesMembres(convention, identite.siren());
		}
		if (identite.type() == TypeSignataire.AUTRE) {
			signataire.deliberer(instance(commande, identite.type()), date(commande));
			// the partner's article refers to the signatory by id: it needs one
			this.conventions.flush();
			this.redaction.ajouterArticlePartenaire(convention, signataire, identite.categorie());
		}
		return signataire;
	}

	void modifier(Convention convention, Signataire signataire, SignataireCommande commande) {
		if (commande.type() != signataire.getType()) {
			throw DonneesInvalides.sur("type",
					"Le type d'un signataire ne change pas : retirez-le et ajoutez-en un autre.");
		}
		if (signataire.getType() != TypeSignataire.CAF) {
			IdentiteSignataire identite = identifier(commande);
			if (!memeEntite(signataire.identite(), identite)) {
				verifierAbsent(convention, identite);
			}
			signataire.identifier(identite);
		}
		renseigner(signataire, commande, signataire.getType());
		convention.touche();
	}

	private void renseigner(Signataire signataire, SignataireCommande commande, TypeSignataire type) {
		signataire.representer(RepresentantCommande.ou(commande.representant()),
				(type == TypeSignataire.CAF) ? RepresentantCommande.ou(commande.coRepresentant()) : null);
		signataire.deliberer(instance(commande, type), date(commande));
	}

	private static String instance(SignataireCommande commande, TypeSignataire type) {
		String instance = (commande.deliberation() == null) ? null : commande.deliberation().instance();
		return (instance == null || instance.isBlank()) ? type.instanceParDefaut() : instance.strip();
	}

	private static java.time.LocalDate date(SignataireCommande commande) {
		return (commande.deliberation() == null) ? null : commande.deliberation().date();
	}

	private void ajouterCommunesMembres(Convention convention, String sirenEpci) {
		for (CommuneRef commune : this.referentiel.membres(sirenEpci)) {
			IdentiteSignataire identite = identiteCommune(commune);
			if (convention.getSignataires().stream().noneMatch((s) -> memeEntite(s.identite(), identite))) {
				Signataire membre = new Signataire(identite);
				membre.deliberer(TypeSignataire.COMMUNE.instanceParDefaut(), null);
				convention.ajouterSignataire(membre);
			}
		}
	}

	IdentiteSignataire identifier(SignataireCommande commande) {
		return switch (commande.type()) {
			case COMMUNE ->
				identiteCommune(this.referentiel.commune(vide(commande.codeInsee()) ? "" : commande.codeInsee())
					.orElseThrow(() -> DonneesInvalides.sur("codeInsee",
							"Choisissez une commune du référentiel national (code INSEE inconnu).")));
			case EPCI -> {
				EpciRef epci = this.referentiel.epci(vide(commande.siren()) ? "" : commande.siren())
					.orElseThrow(() -> DonneesInvalides.sur("siren",
							"Choisissez une intercommunalité du référentiel national (SIREN inconnu)."));
				yield new IdentiteSignataire(TypeSignataire.EPCI, null, null, epci.siren(), epci.nom(),
						epci.typeLiaison(), epci.type(), epci.population());
			}
			case SYNDICAT -> {
				Map<String, String> erreurs = new LinkedHashMap<>();
				if (vide(commande.nom())) {
					erreurs.put("nom", "Indiquez le nom du syndicat.");
				}
				if (vide(commande.siren())) {
					erreurs.put("siren", "Indiquez le SIREN du syndicat (9 chiffres).");
				}
				if (!erreurs.isEmpty()) {
					throw new DonneesInvalides(erreurs);
				}
				yield new IdentiteSignataire(TypeSignataire.SYNDICAT, null, null, commande.siren(),
						commande.nom().strip(), Liaison.deviner(commande.nom()).ordinal(), null, null);
			}
			case AUTRE -> {
				if (commande.categorie() == null) {
					throw DonneesInvalides.sur("categorie", "Choisissez le partenaire.");
				}
				String nom = vide(commande.nom()) ? nomParDefaut(commande.categorie()) : commande.nom().strip();
				if (nom.isBlank()) {
					throw DonneesInvalides.sur("nom", "Indiquez le nom du partenaire, avec son article (« la … »).");
				}
				yield new IdentiteSignataire(TypeSignataire.AUTRE, commande.categorie(), null,
						vide(commande.siren()) ? null : commande.siren(), nom, Liaison.deviner(nom).ordinal(), null,
						null);
			}
			case CAF -> throw DonneesInvalides.sur("type", "La Caf est déjà signataire de la convention.");
		};
	}

	private String nomParDefaut(CategoriePartenaire categorie) {
		if (categorie == CategoriePartenaire.DEPARTEMENT) {
			return "le Département " + this.tenancy.cafCourante().deDepartement();
		}
		return categorie.nomParDefaut();
	}

	private static IdentiteSignataire identiteCommune(CommuneRef commune) {
		return new IdentiteSignataire(TypeSignataire.COMMUNE, null, commune.codeInsee(), commune.siren(), commune.nom(),
				commune.typeLiaison(), null, commune.population());
	}

	private static void verifierAbsent(Convention convention, IdentiteSignataire identite) {
		boolean present = convention.getSignataires().stream().anyMatch((s) -> memeEntite(s.identite(), identite));
		if (present) {
			throw DonneesInvalides.sur(identite.type() == TypeSignataire.COMMUNE ? "codeInsee" : "nom",
					"Ce signataire figure déjà dans la convention.");
		}
	}

	private static boolean memeEntite(IdentiteSignataire a, IdentiteSignataire b) {
		if (a.type() != b.type()) {
			return false;
		}
		return switch (a.type()) {
			case COMMUNE -> java.util.Objects.equals(a.codeInsee(), b.codeInsee());
			case EPCI, SYNDICAT -> java.util.Objects.equals(a.siren(), b.siren());
			case AUTRE -> a.categorie() == b.categorie() && a.nom().equalsIgnoreCase(b.nom());
			case CAF -> true;
		};
	}

	private static boolean vide(String texte) {
		return texte == null || texte.isBlank();
	}

}
