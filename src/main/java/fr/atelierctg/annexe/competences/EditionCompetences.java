package fr.atelierctg.annexe.competences;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.francais.NombresFr;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionIntrouvable;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.DroitsEdition;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.referentiel.CommuneRef;
import fr.atelierctg.referentiel.ReferentielApi;

/**
 * Changes to the AO table. Caf conseillers and directeurs change every row; a chargé(e)
 * de coopération only the rows of their collectivité's part ({@link DroitsEdition}): the
 * server refuses (403) what the page hides.
 */
@Service
@Transactional
class EditionCompetences {

	static final String PERIMEE = "Cette ligne a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. "
			+ "Rechargez la page pour voir sa dernière version avant de la modifier.";

	private final CompetencesApi lecture;

	private final ConventionApi conventions;

	private final ReferentielApi referentiel;

	private final DroitsEdition droits;

	private final LigneCompetencesRepository lignes;

	EditionCompetences(CompetencesApi lecture, ConventionApi conventions, ReferentielApi referentiel,
			DroitsEdition droits, LigneCompetencesRepository lignes) {
		this.lecture = lecture;
		this.conventions = conventions;
		this.referentiel = referentiel;
		this.droits = droits;
		this.lignes = lignes;
	}

	/**
	 * The table, after storing the rows of the signatories that had none (pre-filled as
	 * the law reads) and moving to its own part a member commune that now signs.
	 */
	TableauAo ouvrir(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		if (!convention.statut().fige()) {
			// a frozen convention's rows are read as they were validated
			synchroniser(convention);
		}
		return this.lecture.tableau(conventionId);
	}

	LigneAo modifier(long conventionId, long ligneId, LigneCommande commande) {
		return modifier(conventionId, ligneId, commande, Map.of());
	}

	/**
	 * @param erreursDeForme what the page could not read (a population that is not a
	 * number…), reported with the broken rules, after the rights are checked
	 */
	LigneAo modifier(long conventionId, long ligneId, LigneCommande commande, Map<String, String> erreursDeForme) {
		ConventionLue convention = this.conventions.lire(conventionId);
		LigneCompetences ligne = ligne(conventionId, ligneId);
		LigneAo actuelle = this.lecture.presentation(convention).ligne(ligne.getCode()).orElseThrow();
		DroitsLigne.verifier(this.droits, convention, ligne.getSignataireId(), actuelle.sirenEpci());
		if (ligne.getNature() == NatureLigne.GROUPEMENT) {
			throw DonneesInvalides.sur("ligne",
					"La ligne d'un EPCI ne se saisit pas : elle se calcule à partir des communes qui lui transfèrent leurs compétences.");
		}
		Ligne.Saisie saisie = ReglesDeSaisie.verifier(commande, actuelle, ligne.getVersion(), erreursDeForme);
		ligne.modifier(saisie, commande.exercices());
		try {
			this.lignes.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw DonneesInvalides.sur("version", PERIMEE);
		}
		return this.lecture.tableau(conventionId).ligne(ligne.getCode()).orElseThrow();
	}

	/**
	 * Adds a row for each member commune of a signatory EPCI that has none, in the EPCI's
	 * part, pre-filled as the law reads without a transfer.
	 * @return the number of rows added
	 */
	int ajouterMembres(long conventionId, long signataireId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		SignataireLu epci = convention.signataire(signataireId)
			.filter((s) -> s.type() == TypeSignataire.EPCI && Completion.code(s) != null)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("EPCI signataire", signataireId));
		this.droits.verifierEdition(convention, signataireId);
		synchroniser(convention);
		Set<String> presentes = new HashSet<>();
		this.lignes.findByConventionId(conventionId).forEach((l) -> presentes.add(l.getCode()));
		int ajoutees = 0;
		for (CommuneRef membre : this.referentiel.membres(Completion.code(epci))) {
			if (presentes.add(membre.codeInsee())) {
				this.lignes.save(new LigneCompetences(conventionId,
						Ligne.communeParDefaut(signataireId, membre.codeInsee(), membre.nom(), membre.population())));
				ajoutees++;
			}
		}
		return ajoutees;
	}

	/**
	 * Removes the row of a member commune (one that exercises nothing need not be
	 * listed); the rows of signatories stay.
	 */
	void retirer(long conventionId, long ligneId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		LigneCompetences ligne = ligne(conventionId, ligneId);
		DroitsLigne.verifier(this.droits, convention, ligne.getSignataireId(),
				this.lecture.presentation(convention).ligne(ligne.getCode()).map(LigneAo::sirenEpci).orElse(null));
		boolean signataire = convention.collectivites()
			.stream()
			.anyMatch((s) -> ligne.getCode().equals(Completion.code(s)));
		if (signataire) {
			throw DonneesInvalides.sur("ligne",
					"Cette collectivité signe la convention : sa ligne reste au tableau. Indiquez plutôt comment elle exerce chaque compétence.");
		}
		this.lignes.delete(ligne);
	}

	private void synchroniser(ConventionLue convention) {
		Map<Long, LigneCompetences> stockees = new LinkedHashMap<>();
		for (LigneCompetences ligne : this.lignes.findByConventionId(convention.id())) {
			stockees.put(ligne.getId(), ligne);
		}
		List<LigneCompetences> nouvelles = new ArrayList<>();
		for (Ligne ligne : this.lecture.lignes(convention)) {
			if (!ligne.estStockee()) {
				nouvelles.add(new LigneCompetences(convention.id(), ligne));
			}
			else if (stockees.get(ligne.id()).getSignataireId() != ligne.signataireId()) {
				stockees.get(ligne.id()).rattacher(ligne.signataireId());
			}
		}
		this.lignes.saveAll(nouvelles);
	}

	private LigneCompetences ligne(long conventionId, long ligneId) {
		return this.lignes.findByIdAndConventionId(ligneId, conventionId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Ligne du tableau des compétences", ligneId));
	}

	/** The rules of a typed row, all broken ones reported at once. */
	static final class ReglesDeSaisie {

		private ReglesDeSaisie() {
		}

		static Ligne.Saisie verifier(LigneCommande commande, LigneAo ligne, long version,
				Map<String, String> erreursDeForme) {
			Map<String, String> erreurs = new LinkedHashMap<>();
			if (commande.version() != null && commande.version() != version) {
				erreurs.put("version", PERIMEE);
			}
			Ligne.Saisie saisie = saisie(commande, erreurs);
			Integer retenue = (saisie != null) ? Integer.valueOf(saisie.valeur())
					: (ligne.populationReferentiel() != null) ? ligne.populationReferentiel().valeur() : null;
			for (Competence competence : Competence.values()) {
				String champ = LigneCommande.champ(competence);
				Exercice exercice = commande.exercice(competence);
				if (exercice == null) {
					erreurs.put(champ, "Choisissez comment la commune exerce cette compétence.");
				}
				else if (exercice == Exercice.EXERCEE_A_TITRE_FACULTATIF && competence.obligatoirePourToutes()) {
					erreurs.put(champ, "La compétence " + competence.numero()
							+ "° est obligatoire pour toute commune : elle ne peut pas être exercée à titre facultatif.");
				}
				else if (exercice == Exercice.EXERCEE_A_TITRE_FACULTATIF && retenue != null
						&& retenue > Obligations.SEUIL_PLANIFICATION) {
					erreurs.put(champ, "Au-delà de " + NombresFr.entier(Obligations.SEUIL_PLANIFICATION)
							+ " habitants (population retenue : " + Population.habitants(retenue) + "), la compétence "
							+ competence.numero()
							+ "° est obligatoire : choisissez « exercée par la commune » ou « transférée à l'EPCI ».");
				}
				else if (exercice == Exercice.TRANSFEREE_A_L_EPCI && ligne.sirenEpci() == null) {
					erreurs.put(champ,
							"La commune n'appartient à aucun EPCI signataire de la convention : ajoutez son EPCI aux signataires pour indiquer un transfert.");
				}
			}
			erreurs.putAll(erreursDeForme);
			if (!erreurs.isEmpty()) {
				throw new DonneesInvalides(erreurs);
			}
			return saisie;
		}

		private static Ligne.Saisie saisie(LigneCommande commande, Map<String, String> erreurs) {
			String source = (commande.source() == null) ? "" : commande.source().strip();
			int avant = erreurs.size();
			if (commande.population() == null) {
				if (!source.isEmpty() || commande.annee() != null) {
					erreurs.put("population", "Indiquez la population que donne cette source, "
							+ "ou videz la source et l'année pour garder celle du référentiel.");
				}
				return null;
			}
			if (commande.population() < 0) {
				erreurs.put("population", "Une population ne peut pas être négative.");
			}
			if (source.isEmpty()) {
				erreurs.put("source",
						"Indiquez la source de cette population (par exemple « INSEE, populations légales »), "
								+ "car elle remplace celle du référentiel.");
			}
			else if (source.length() > 300) {
				erreurs.put("source", "La source ne peut dépasser 300 caractères.");
			}
			int anneeMax = Year.now().getValue() + 1;
			if (commande.annee() == null) {
				erreurs.put("annee", "Indiquez l'année de cette population.");
			}
			else if (commande.annee() < 1990 || commande.annee() > anneeMax) {
				erreurs.put("annee", "Indiquez une année entre 1990 et " + anneeMax + ".");
			}
			return (erreurs.size() == avant) ? new Ligne.Saisie(commande.population(), source, commande.annee()) : null;
		}

	}

}
