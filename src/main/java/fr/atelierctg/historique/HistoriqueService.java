package fr.atelierctg.historique;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.common.texte.ComparaisonMots;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a convention's history for the Caf's staff (a chargé·e de coopération is refused:
 * the history shows the Caf's internal work on every part). A convention the user may not
 * see is {@code ConventionIntrouvable} (404).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR', 'ADMIN_CAF', 'LECTEUR')")
class HistoriqueService {

	static final int TAILLE_PAR_DEFAUT = 100;

	static final int TAILLE_MAXIMALE = 500;

	/** The field of an entry that records a whole row, added or removed. */
	private static final String LIGNE_ENTIERE = "*";

	/** Texts longer than this are compared word by word. */
	private static final int TEXTE_LONG = 80;

	private final ConventionApi conventions;

	private final EntreesHistorique entrees;

	HistoriqueService(ConventionApi conventions, EntreesHistorique entrees) {
		this.conventions = conventions;
		this.entrees = entrees;
	}

	/** What the page shows: the convention, the people for the filter, the page. */
	record Vue(ConventionLue convention, List<String> personnes, PageHistorique historique) {
	}

	Vue vue(long conventionId, FiltreHistorique filtre, int page) {
		ConventionLue convention = this.conventions.lire(conventionId);
		PageHistorique lue = page(convention, filtre, Math.max(1, page), TAILLE_PAR_DEFAUT);
		if (lue.page() > lue.pages()) {
			// an address kept from a longer history, or typed: the last page
			lue = page(convention, filtre, lue.pages(), TAILLE_PAR_DEFAUT);
		}
		return new Vue(convention, this.entrees.personnes(conventionId), lue);
	}

	PageHistorique lire(long conventionId, FiltreHistorique filtre, int page, int taille) {
		return page(this.conventions.lire(conventionId), filtre, page, taille);
	}

	private PageHistorique page(ConventionLue convention, FiltreHistorique filtre, int page, int taille) {
		if (page < 1) {
			throw DonneesInvalides.sur("page", "La première page est la page 1.");
		}
		if (taille < 1 || taille > TAILLE_MAXIMALE) {
			throw DonneesInvalides.sur("taille", "Demandez entre 1 et " + TAILLE_MAXIMALE + " modifications par page.");
		}
		long conventionId = convention.id();
		long total = this.entrees.compter(conventionId, filtre);
		int pages = (int) Math.max(1, (total + taille - 1) / taille);
		List<EntreeHistorique> lues = this.entrees.page(conventionId, filtre, (page - 1) * taille, taille);
		Lecture lecture = new Lecture(convention, this.entrees.reperes(conventionId, "signataire"),
				this.entrees.reperes(conventionId, "plan_axe"));
		return new PageHistorique(conventionId, page, taille, total, pages, moments(lues, lecture));
	}

	private static List<Moment> moments(List<EntreeHistorique> entrees, Lecture lecture) {
		List<Moment> moments = new ArrayList<>();
		List<Modification> courantes = new ArrayList<>();
		EntreeHistorique premiere = null;
		for (EntreeHistorique e : entrees) {
			if (premiere != null && !memeMoment(premiere, e)) {
				moments.add(moment(premiere, courantes));
				courantes = new ArrayList<>();
			}
			if (premiere == null || !memeMoment(premiere, e)) {
				premiere = e;
			}
			courantes.addAll(modifications(e, lecture));
		}
		if (premiere != null) {
			moments.add(moment(premiere, courantes));
		}
		return List.copyOf(moments);
	}

	private static boolean memeMoment(EntreeHistorique a, EntreeHistorique b) {
		return a.horodatage().equals(b.horodatage()) && a.utilisateurNom().equals(b.utilisateurNom())
				&& Objects.equals(a.utilisateurId(), b.utilisateurId());
	}

	private static Moment moment(EntreeHistorique e, List<Modification> modifications) {
		return new Moment(e.horodatage(), DatesFr.horodatage(e.horodatage()), e.utilisateurNom(),
				List.copyOf(modifications));
	}

	/**
	 * One line per field: an added or removed row (champ {@code *}) holds all its values
	 * as a JSON object.
	 */
	private static List<Modification> modifications(EntreeHistorique e, Lecture lecture) {
		String element = lecture.element(e);
		if (!LIGNE_ENTIERE.equals(e.champ())) {
			return List.of(new Modification(element, Champs.libelle(e.tableau(), e.champ()), e.operation(),
					lecture.valeur(e.tableau(), e.champ(), e.avant()),
					lecture.valeur(e.tableau(), e.champ(), e.apres()), comparaison(e)));
		}
		boolean ajout = "INSERT".equals(e.operation());
		String valeurs = ajout ? e.apres() : e.avant();
		List<Modification> modifications = new ArrayList<>();
		if (valeurs == null) {
			return modifications;
		}
		for (Map.Entry<String, JsonNode> champ : JsonMapper.shared().readTree(valeurs).properties()) {
			JsonNode noeud = champ.getValue();
			String texte = noeud.isString() ? noeud.asString() : noeud.toString();
			if (noeud.isNull() || texte.isEmpty()) {
				continue;
			}
			String valeur = lecture.valeur(e.tableau(), champ.getKey(), texte);
			modifications.add(new Modification(element, Champs.libelle(e.tableau(), champ.getKey()), e.operation(),
					ajout ? null : valeur, ajout ? valeur : null, null));
		}
		return modifications;
	}

	private static @Nullable String comparaison(EntreeHistorique e) {
		if (!"UPDATE".equals(e.operation()) || e.avant() == null || e.apres() == null) {
			return null;
		}
		boolean riche = Lecture.riche(e.avant()) || Lecture.riche(e.apres());
		if (!riche && e.avant().length() <= TEXTE_LONG && e.apres().length() <= TEXTE_LONG) {
			return null;
		}
		ComparaisonMots.Comparaison comparaison = riche ? ComparaisonMots.entreTextesRiches(e.avant(), e.apres())
				: ComparaisonMots.entre(e.avant(), e.apres());
		return comparaison.html();
	}

}
