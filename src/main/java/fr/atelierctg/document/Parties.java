package fr.atelierctg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.common.francais.Qualites;
import fr.atelierctg.convention.CategoriePartenaire;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;
import fr.atelierctg.convention.Representant;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.modele.Gabarit;
import fr.atelierctg.tenancy.CafVue;

/** The parties paragraphs ("Entre : … Et : …") and the signature blocks. */
final class Parties {

	private Parties() {
	}

	static List<DocumentRedige.Partie> parties(ConventionLue convention, CafVue caf) {
		return parties(convention, caf, CONVENTION, true);
	}

	private static final String CONVENTION = "la présente convention";

	/**
	 * @param acte what the representatives are authorised to sign: "la présente
	 * convention", "le présent avenant"
	 * @param avecDeliberations cites each body's deliberation (those of the convention:
	 * not for an avenant)
	 */
	static List<DocumentRedige.Partie> parties(ConventionLue convention, CafVue caf, String acte,
			boolean avecDeliberations) {
		List<DocumentRedige.Partie> parties = new ArrayList<>();
		convention.caf().ifPresent((s) -> parties.add(partieCaf(s, caf, acte)));
		ordonnees(convention).stream()
			.filter((s) -> s.type() != TypeSignataire.CAF)
			.forEach((s) -> parties.add(partie(s, acte, avecDeliberations)));
		return parties;
	}

	/** EPCI and syndicats, then communes, then the other partners. */
	private static List<SignataireLu> ordonnees(ConventionLue convention) {
		List<SignataireLu> ordre = new ArrayList<>();
		convention.signataires()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.EPCI || s.type() == TypeSignataire.SYNDICAT)
			.forEach(ordre::add);
		convention.signataires().stream().filter((s) -> s.type() == TypeSignataire.COMMUNE).forEach(ordre::add);
		convention.signataires().stream().filter((s) -> s.type() == TypeSignataire.AUTRE).forEach(ordre::add);
		return ordre;
	}

	private static DocumentRedige.Partie partieCaf(SignataireLu signataire, CafVue caf, String acte) {
		StringBuilder texte = new StringBuilder("La Caisse d'allocations familiales " + caf.deDepartement());
		Representant president = signataire.representant();
		Representant directeur = signataire.coRepresentant();
		List<Civilite> civilites = new ArrayList<>();
		if (president != null) {
			texte.append(", représentée par ")
				.append(Qualites.avecArticleMinuscule(president.qualite(), president.civilite()))
				.append(" de son conseil d'administration, ")
				.append(personne(president));
			civilites.add(president.civilite());
		}
		if (directeur != null) {
			texte.append(president == null ? ", représentée par " : ", et par ")
				.append(Qualites.avecPossessif(directeur.qualite(), directeur.civilite()))
				.append(", ")
				.append(personne(directeur));
			civilites.add(directeur.civilite());
		}
		if (civilites.isEmpty()) {
			texte.append(
					", représentée par la présidence de son conseil d'administration et sa direction (noms à compléter)");
		}
		else {
			texte.append(", dûment ").append(autorise(civilites)).append(" à signer ").append(acte);
		}
		return new DocumentRedige.Partie(TexteRiche.echapper(texte.append(" ;").toString()),
				"Ci-après dénommée « la Caf »");
	}

	private static DocumentRedige.Partie partie(SignataireLu signataire, String acte, boolean avecDeliberations) {
		String designation = Designations.designation(signataire.identite());
		boolean feminin = feminin(signataire);
		StringBuilder texte = new StringBuilder(Gabarit.majusculeInitiale(designation));
		texte.append(", représenté").append(feminin ? "e" : "").append(" par ");
		Representant representant = signataire.representant();
		if (representant == null) {
			texte.append(qualiteParDefaut(signataire)).append(" (nom à compléter)");
		}
		else {
			texte.append(Qualites.avecPossessif(representant.qualite(), representant.civilite()))
				.append(", ")
				.append(personne(representant))
				.append(", dûment ")
				.append(autorise(List.of(representant.civilite())));
			String instance = signataire.deliberationInstance();
			if (avecDeliberations && instance != null && !instance.isBlank()) {
				texte.append(" à signer ").append(acte).append(" par délibération du ").append(instance);
				if (signataire.deliberationDate() != null) {
					texte.append(" en date du ").append(DatesFr.longue(signataire.deliberationDate()));
				}
			}
			else {
				texte.append(" à signer ").append(acte);
			}
		}
		return new DocumentRedige.Partie(TexteRiche.echapper(texte.append(" ;").toString()), "Ci-après dénommé"
				+ (feminin ? "e" : "") + " « " + Designations.denomination(signataire.identite()) + " »");
	}

	static List<DocumentRedige.BlocSignature> signatures(ConventionLue convention, CafVue caf) {
		List<DocumentRedige.BlocSignature> blocs = new ArrayList<>();
		convention.caf().ifPresent((s) -> {
			String entite = "Pour la " + caf.nom();
			String signe = signe(convention, s);
			if (s.representant() != null) {
				blocs.add(new DocumentRedige.BlocSignature(entite,
						Qualites.avecArticle(s.representant().qualite(), s.representant().civilite())
								+ " du conseil d'administration",
						s.representant().nomComplet(), signe));
			}
			if (s.coRepresentant() != null) {
				blocs.add(new DocumentRedige.BlocSignature(entite,
						Qualites.avecArticle(s.coRepresentant().qualite(), s.coRepresentant().civilite()),
						s.coRepresentant().nomComplet(), signe));
			}
		});
		for (SignataireLu signataire : ordonnees(convention)) {
			Representant representant = signataire.representant();
			String entite = "Pour " + Designations.designation(signataire.identite());
			blocs.add(new DocumentRedige.BlocSignature(entite,
					representant == null ? Gabarit.majusculeInitiale(qualiteParDefaut(signataire).substring(4))
							: Qualites.avecArticle(representant.qualite(), representant.civilite()),
					representant == null ? "" : representant.nomComplet(), signe(convention, signataire)));
		}
		return blocs;
	}

	/** "Signé à Marmande le 12 mars 2026", from the recorded signature. */
	private static String signe(ConventionLue convention, SignataireLu signataire) {
		return convention.signature(signataire.id())
			.map((s) -> "Signé " + fr.atelierctg.common.francais.Liaison.deviner(s.lieu()).a(s.lieu()) + " le "
					+ fr.atelierctg.common.francais.DatesFr.longue(s.date()))
			.orElse("");
	}

	private static String qualiteParDefaut(SignataireLu signataire) {
		return switch (signataire.type()) {
			case COMMUNE -> "son maire";
			case EPCI, SYNDICAT -> "son président";
			default -> "son représentant";
		};
	}

	private static boolean feminin(SignataireLu signataire) {
		return switch (signataire.type()) {
			case CAF, COMMUNE, EPCI -> true;
			case SYNDICAT -> false;
			case AUTRE -> {
				String nom = signataire.identite().nom().toLowerCase(Locale.FRENCH);
				if (nom.startsWith("la ")) {
					yield true;
				}
				if (nom.startsWith("l'")) {
					yield signataire.identite().categorie() == CategoriePartenaire.EDUCATION_NATIONALE;
				}
				yield false;
			}
		};
	}

	private static String personne(Representant representant) {
		return representant.civilite().longue() + " " + representant.nomComplet();
	}

	/** "autorisé", "autorisée", "autorisés", "autorisées". */
	private static String autorise(List<Civilite> civilites) {
		boolean tousFeminins = civilites.stream().allMatch(Civilite::feminin);
		return "autorisé" + (tousFeminins ? "e" : "") + (civilites.size() > 1 ? "s" : "");
	}

}
