package fr.atelierctg.annexe.diagnostic;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionIntrouvable;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;
import fr.atelierctg.convention.DroitsEdition;
import fr.atelierctg.convention.SignataireLu;

/**
 * Annex 1 of a convention, the diagnostic partagé: for each section of the model, the
 * Caf's text (Caf conseillers and directeurs only) and the contribution of each signatory
 * collectivité (its chargé(e) de coopération, or the Caf), each with its key figures; and
 * the population of the signatories, read from the referential. A save replaces one text
 * and its figures all or nothing.
 */
@Service
@Transactional(readOnly = true)
public class DiagnosticApi {

	static final int LONGUEUR_MAXIMALE = 200_000;

	private static final String MODIFIE_ENTRE_TEMPS = "Ce texte a été modifié par quelqu'un d'autre depuis que vous "
			+ "l'avez ouvert. Rechargez la page pour voir sa dernière version avant de le modifier.";

	private final ConventionApi conventions;

	private final TexteDiagnosticRepository textes;

	private final PopulationsSignataires populations;

	private final DroitsEdition droits;

	DiagnosticApi(ConventionApi conventions, TexteDiagnosticRepository textes, PopulationsSignataires populations,
			DroitsEdition droits) {
		this.conventions = conventions;
		this.textes = textes;
		this.populations = populations;
		this.droits = droits;
	}

	public DiagnosticLu lire(long conventionId) {
		return lire(this.conventions.lire(conventionId));
	}

	DiagnosticLu lire(ConventionLue convention) {
		List<TexteDiagnostic> ecrits = this.textes.duDiagnostic(convention.id());
		List<SectionLue> sections = new ArrayList<>();
		for (SectionDiagnostic section : SectionDiagnostic.values()) {
			sections.add(section(convention, section, ecrits));
		}
		return new DiagnosticLu(sections, this.populations.de(convention));
	}

	public SectionLue section(long conventionId, SectionDiagnostic section) {
		ConventionLue convention = this.conventions.lire(conventionId);
		return section(convention, section, this.textes.duDiagnostic(conventionId));
	}

	/** The population of the signatory communes and EPCI, from the referential. */
	public List<PopulationSignataire> populations(long conventionId) {
		return this.populations.de(this.conventions.lire(conventionId));
	}

	/**
	 * The Caf's text of a section, for its editor.
	 * @throws org.springframework.security.access.AccessDeniedException unless Caf
	 * conseiller or directeur
	 */
	public TexteLu texteDeLaCaf(long conventionId, SectionDiagnostic section) {
		this.droits.verifierRedactionCaf(this.conventions.lire(conventionId));
		return this.textes.texteDeLaCaf(conventionId, section)
			.map((t) -> lu(t, "la Caf"))
			.orElseGet(() -> vide(null, "la Caf"));
	}

	/**
	 * A collectivité's contribution to a section, for its editor.
	 * @throws ConventionIntrouvable (404) if it is not a signatory collectivité
	 * @throws org.springframework.security.access.AccessDeniedException unless the user
	 * may edit that signatory's part
	 */
	public TexteLu contribution(long conventionId, SectionDiagnostic section, long signataireId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		SignataireLu collectivite = collectivite(convention, signataireId);
		this.droits.verifierEdition(convention, signataireId);
		String auteur = Designations.designation(collectivite.identite());
		return this.textes.findByConventionIdAndSectionAndSignataireId(conventionId, section, signataireId)
			.map((t) -> lu(t, auteur))
			.orElseGet(() -> vide(signataireId, auteur));
	}

	@Transactional
	public void enregistrerTexteDeLaCaf(long conventionId, SectionDiagnostic section, SaisieTexte saisie) {
		this.droits.verifierRedactionCaf(this.conventions.lire(conventionId));
		enregistrer(this.textes.texteDeLaCaf(conventionId, section).orElse(null), conventionId, section, null, saisie);
	}

	@Transactional
	public void enregistrerContribution(long conventionId, SectionDiagnostic section, long signataireId,
			SaisieTexte saisie) {
		ConventionLue convention = this.conventions.lire(conventionId);
		collectivite(convention, signataireId);
		this.droits.verifierEdition(convention, signataireId);
		enregistrer(this.textes.findByConventionIdAndSectionAndSignataireId(conventionId, section, signataireId)
			.orElse(null), conventionId, section, signataireId, saisie);
	}

	/**
	 * Checks everything before changing anything; an empty text without figures removes
	 * what was written.
	 */
	private void enregistrer(@Nullable TexteDiagnostic existant, long conventionId, SectionDiagnostic section,
			@Nullable Long signataireId, SaisieTexte saisie) {
		long versionActuelle = (existant == null) ? TexteLu.PAS_ENCORE_ECRIT : existant.getVersion();
		if (saisie.version() != null && saisie.version() != versionActuelle) {
			throw DonneesInvalides.sur("version", MODIFIE_ENTRE_TEMPS);
		}
		Map<String, String> erreurs = new java.util.LinkedHashMap<>();
		String texte = TexteRiche.nettoyer(saisie.texte());
		if (texte.length() > LONGUEUR_MAXIMALE) {
			erreurs.put("texte", "Le texte est trop long (200 000 caractères au plus).");
		}
		List<ChiffreCle> chiffres = List.of();
		try {
			chiffres = LectureChiffres.lire(saisie.chiffres(), Year.now().getValue());
		}
		catch (DonneesInvalides ex) {
			erreurs.putAll(ex.erreurs());
		}
		if (!erreurs.isEmpty()) {
			throw new DonneesInvalides(erreurs);
		}
		boolean vide = TexteRiche.texte(texte).isBlank() && chiffres.isEmpty();
		if (vide) {
			if (existant != null) {
				this.textes.delete(existant);
			}
			return;
		}
		TexteDiagnostic cible = Objects.requireNonNullElseGet(existant,
				() -> new TexteDiagnostic(conventionId, section, signataireId));
		cible.rediger(texte, chiffres);
		this.textes.save(cible);
	}

	/**
	 * Renewal: copies the diagnostic of a convention (texts and figures of the Caf and of
	 * the collectivités) into its successor, each text marked "à mettre à jour" until it
	 * is saved again. The predecessor is only read.
	 * @param signataires for each signatory of the predecessor, the same party in the
	 * successor; a contribution of a party that left is not copied
	 * @return the number of texts copied
	 * @throws org.springframework.security.access.AccessDeniedException unless Caf
	 * conseiller or directeur
	 */
	@Transactional
	public int reprendre(long depuis, long vers, Map<Long, Long> signataires) {
		this.conventions.lire(depuis);
		this.droits.verifierRedactionCaf(this.conventions.lire(vers));
		if (!this.textes.duDiagnostic(vers).isEmpty()) {
			throw DonneesInvalides.sur("diagnostic", "Le diagnostic de la nouvelle convention est déjà commencé.");
		}
		int copies = 0;
		for (TexteDiagnostic texte : this.textes.duDiagnostic(depuis)) {
			Long auteur = texte.getSignataireId();
			if (auteur != null && !signataires.containsKey(auteur)) {
				continue;
			}
			this.textes.save(texte.reprisDans(vers, (auteur == null) ? null : signataires.get(auteur)));
			copies++;
		}
		return copies;
	}

	private static SectionLue section(ConventionLue convention, SectionDiagnostic section,
			List<TexteDiagnostic> ecrits) {
		TexteLu caf = ecrits.stream()
			.filter((t) -> t.getSection() == section && t.getSignataireId() == null)
			.findFirst()
			.map((t) -> lu(t, "la Caf"))
			.orElseGet(() -> vide(null, "la Caf"));
		List<TexteLu> contributions = new ArrayList<>();
		for (SignataireLu collectivite : convention.collectivites()) {
			ecrits.stream()
				.filter((t) -> t.getSection() == section && Objects.equals(t.getSignataireId(), collectivite.id()))
				.findFirst()
				.ifPresent((t) -> contributions.add(lu(t, Designations.designation(collectivite.identite()))));
		}
		return new SectionLue(section, caf, contributions);
	}

	static SignataireLu collectivite(ConventionLue convention, long signataireId) {
		return convention.collectivites()
			.stream()
			.filter((s) -> s.id() == signataireId)
			.findFirst()
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Collectivité signataire", signataireId));
	}

	private static TexteLu lu(TexteDiagnostic texte, String auteur) {
		return new TexteLu(texte.getSignataireId(), auteur, texte.getTexte(), texte.chiffres(), texte.getVersion(),
				texte.isAMettreAJour());
	}

	private static TexteLu vide(@Nullable Long signataireId, String auteur) {
		return new TexteLu(signataireId, auteur, "", List.of(), TexteLu.PAS_ENCORE_ECRIT, false);
	}

}
