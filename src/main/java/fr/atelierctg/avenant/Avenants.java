package fr.atelierctg.avenant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.ConflitMetier;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.common.texte.TexteRiche;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * Drafting avenants: only the Caf's conseillers and directeurs, only on a signed
 * convention (signée or en vigueur), one avenant under way at a time. The text changes
 * only while "brouillon".
 */
@Service
@Transactional
public class Avenants {

	static final String CLE_DUREE = "duree";

	private static final int OBJET_MAX = 1000;

	private static final int TEXTE_MAX = 200_000;

	private final ConventionApi conventions;

	private final AvenantRepository avenants;

	private final ConventionConsolidee consolidee;

	Avenants(ConventionApi conventions, AvenantRepository avenants, ConventionConsolidee consolidee) {
		this.conventions = conventions;
		this.avenants = avenants;
		this.consolidee = consolidee;
	}

	/** A new avenant, without modification yet. */
	public AvenantLu rediger(long conventionId, String objet) {
		UtilisateurConnecte auteur = redacteur();
		verifierPossible(conventionId);
		Avenant avenant = new Avenant(conventionId, prochainNumero(conventionId), TypeAvenant.MODIFICATION,
				objet(objet), null, null, null, auteur.nomComplet());
		return this.avenants.saveAndFlush(avenant).lu();
	}

	/**
	 * The one-click case: an avenant that prolongs the convention by one year, with the
	 * new wording of its duration article.
	 */
	public AvenantLu prolonger(long conventionId) {
		UtilisateurConnecte auteur = redacteur();
		ConventionLue convention = verifierPossible(conventionId);
		int numero = prochainNumero(conventionId);
		LocalDate fin = this.consolidee.finEffective(conventionId, numero);
		LocalDate nouvelleFin = fin.plusYears(1);
		TexteActuel duree = this.consolidee.textesActuels(conventionId, numero)
			.get(CibleModification.ARTICLE.cle(CLE_DUREE));
		if (duree == null) {
			throw new ConflitMetier("La convention n'a pas d'article « Durée » : rédigez l'avenant de prolongation "
					+ "en choisissant l'article qui fixe sa période.");
		}
		Avenant avenant = new Avenant(conventionId, numero, TypeAvenant.PROLONGATION,
				"Prolongation d'un an de la convention, jusqu'au " + DatesFr.longue(nouvelleFin), null, nouvelleFin,
				convention.lieuSignature(), auteur.nomComplet());
		avenant.ajouter(new ModificationAvenant(CibleModification.ARTICLE, duree.reference(), duree.titre(),
				duree.html(), TexteRiche
					.nettoyer(DureeProlongee.rediger(duree.html(), convention.periode().debut(), fin, nouvelleFin))));
		return this.avenants.saveAndFlush(avenant).lu();
	}

	/** Purpose, date d'effet (null: at its last signature) and place of signature. */
	public AvenantLu modifierEntete(long conventionId, int numero, String objet, @Nullable LocalDate dateEffet,
			@Nullable String lieu, long version) {
		redacteur();
		Avenant avenant = charger(conventionId, numero, version);
		String lieuSigne = (lieu == null) ? null : lieu.strip();
		if (lieuSigne != null && lieuSigne.length() > 100) {
			throw DonneesInvalides.sur("lieu", "Le lieu fait 100 caractères au plus.");
		}
		avenant.modifierEntete(objet(objet), dateEffet, (lieuSigne == null || lieuSigne.isEmpty()) ? null : lieuSigne);
		this.avenants.flush();
		return avenant.lu();
	}

	/**
	 * The articles and annexes the avenant changes (keys of {@link TexteActuel#cle()}):
	 * each new one starts from its current wording, those left out are dropped.
	 */
	public AvenantLu choisir(long conventionId, int numero, Collection<String> cles, long version) {
		redacteur();
		Avenant avenant = charger(conventionId, numero, version);
		avenant.verifierModifiable();
		Map<String, TexteActuel> textes = this.consolidee.textesActuels(conventionId, numero);
		for (String cle : cles) {
			if (!textes.containsKey(cle)) {
				throw DonneesInvalides.sur("cibles", "Cet article ou cette annexe n'existe pas dans la convention.");
			}
		}
		for (ModificationAvenant modification : new ArrayList<>(avenant.getModifications())) {
			if (!cles.contains(modification.getCible().cle(modification.getReference()))) {
				avenant.retirer(modification);
			}
		}
		for (TexteActuel texte : textes.values()) {
			if (cles.contains(texte.cle()) && avenant.modification(texte.cible(), texte.reference()).isEmpty()) {
				avenant.ajouter(new ModificationAvenant(texte.cible(), texte.reference(), texte.titre(), texte.html(),
						TexteRiche.nettoyer(texte.html())));
			}
		}
		this.avenants.flush();
		return avenant.lu();
	}

	/** The new wording of one modification (rich text, sanitized here). */
	public AvenantLu reecrire(long conventionId, int numero, String cle, String nouveauTexte, long version) {
		redacteur();
		Avenant avenant = charger(conventionId, numero, null);
		ModificationAvenant modification = avenant.getModifications()
			.stream()
			.filter((m) -> m.getCible().cle(m.getReference()).equals(cle))
			.findFirst()
			.orElseThrow(() -> new AvenantIntrouvable("Modification « " + cle + " » introuvable"));
		if (modification.getVersion() != version) {
			throw new ConflitMetier("Cette nouvelle rédaction a été enregistrée entre-temps par quelqu'un d'autre : "
					+ "rechargez la page pour voir sa version avant de modifier la vôtre.");
		}
		String texte = TexteRiche.nettoyer(nouveauTexte);
		if (TexteRiche.texte(texte).isBlank()) {
			throw DonneesInvalides.sur("nouveauTexte", "Écrivez la nouvelle rédaction.");
		}
		if (texte.length() > TEXTE_MAX) {
			throw DonneesInvalides.sur("nouveauTexte", "La nouvelle rédaction est trop longue.");
		}
		if (texte.contains("{{")) {
			throw DonneesInvalides.sur("nouveauTexte", "Écrivez le texte définitif : dans un avenant, les champs "
					+ "entre doubles accolades ne sont pas remplacés.");
		}
		modification.reecrire(texte);
		this.avenants.flush();
		return avenant.lu();
	}

	/** What the current user may do from the avenant's status. */
	@Transactional(readOnly = true)
	public List<TransitionAvenant> possibles(long conventionId, int numero) {
		StatutAvenant statut = charger(conventionId, numero, null).getStatut();
		Optional<Role> role = UtilisateurConnecte.courant().map(UtilisateurConnecte::role);
		return Arrays.stream(TransitionAvenant.values())
			.filter((t) -> t.depuis() == statut && role.filter(t::permisA).isPresent())
			.toList();
	}

	public AvenantLu effectuer(long conventionId, int numero, TransitionAvenant transition) {
		UtilisateurConnecte.courant()
			.filter((u) -> transition.permisA(u.role()))
			.orElseThrow(() -> new AccessDeniedException(
					"Votre rôle ne permet pas l'action « " + transition.libelle() + " »."));
		Avenant avenant = charger(conventionId, numero, null);
		if (transition == TransitionAvenant.VALIDER && avenant.getModifications().isEmpty()) {
			throw new ConflitMetier("Choisissez au moins un article ou une annexe à modifier avant de valider.");
		}
		if (transition == TransitionAvenant.METTRE_EN_SIGNATURE) {
			verifierConventionSignee(this.conventions.lire(conventionId));
		}
		avenant.passer(transition);
		this.avenants.flush();
		return avenant.lu();
	}

	private Avenant charger(long conventionId, int numero, @Nullable Long version) {
		this.conventions.lire(conventionId);
		Avenant avenant = this.avenants.findByConventionIdAndNumero(conventionId, numero)
			.orElseThrow(() -> new AvenantIntrouvable("Avenant n° " + numero + " introuvable"));
		if (version != null && version != avenant.lu().version()) {
			throw new ConflitMetier("L'avenant a été modifié entre-temps par quelqu'un d'autre : "
					+ "rechargez la page pour voir sa version.");
		}
		return avenant;
	}

	private ConventionLue verifierPossible(long conventionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		verifierConventionSignee(convention);
		this.avenants.findByConventionIdOrderByNumero(conventionId)
			.stream()
			.filter((a) -> a.getStatut().enCours())
			.findFirst()
			.ifPresent((a) -> {
				throw new ConflitMetier("L'avenant n° " + a.getNumero() + " est en cours (« " + a.getStatut().libelle()
						+ " ») : signez-le ou abandonnez-le avant d'en rédiger un autre.");
			});
		return convention;
	}

	private static void verifierConventionSignee(ConventionLue convention) {
		if (convention.statut() != StatutConvention.SIGNEE && convention.statut() != StatutConvention.EN_VIGUEUR) {
			throw new ConflitMetier("Un avenant se rédige sur une convention signée ou en vigueur ; celle-ci est « "
					+ convention.statut().libelle() + " ».");
		}
	}

	private int prochainNumero(long conventionId) {
		return this.avenants.findByConventionIdOrderByNumero(conventionId)
			.stream()
			.mapToInt(Avenant::getNumero)
			.max()
			.orElse(0) + 1;
	}

	private static String objet(@Nullable String objet) {
		String texte = (objet == null) ? "" : objet.strip();
		if (texte.isEmpty()) {
			throw DonneesInvalides.sur("objet", "Indiquez l'objet de l'avenant (ce qu'il change et pourquoi).");
		}
		if (texte.length() > OBJET_MAX) {
			throw DonneesInvalides.sur("objet", "L'objet fait " + OBJET_MAX + " caractères au plus.");
		}
		return texte;
	}

	private static UtilisateurConnecte redacteur() {
		return UtilisateurConnecte.courant()
			.filter((u) -> u.role().redige())
			.orElseThrow(() -> new AccessDeniedException(
					"Seuls les conseillers et la direction de la Caf rédigent " + "un avenant."));
	}

}
