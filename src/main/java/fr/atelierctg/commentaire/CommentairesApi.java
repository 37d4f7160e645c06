package fr.atelierctg.commentaire;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionIntrouvable;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * The comments of a convention, for the pages, the API and other modules. Every call
 * reads the convention first ({@link ConventionApi#lire}: 404 when the user does not
 * reach it) and only ever sees the threads the current user may read: a collectivité user
 * never gets an internal thread, not even by its id (404). Comments stay possible
 * whatever the convention's status: they are notes, not its text.
 */
@Service
@Transactional(readOnly = true)
public class CommentairesApi {

	private final ConventionApi conventions;

	private final FilRepository fils;

	private final ApplicationEventPublisher evenements;

	CommentairesApi(ConventionApi conventions, FilRepository fils, ApplicationEventPublisher evenements) {
		this.conventions = conventions;
		this.fils = fils;
		this.evenements = evenements;
	}

	/** How many threads of the convention the current user may read are open. */
	public long ouverts(long conventionId) {
		return ouvertsParCible(conventionId).total();
	}

	/** The same, in all and per article or annex (one query). */
	public OuvertsLus ouvertsParCible(long conventionId) {
		UtilisateurConnecte utilisateur = Droits.utilisateur();
		this.conventions.lire(conventionId);
		Map<String, Long> parCible = new LinkedHashMap<>();
		this.fils.ouvertsParCible(conventionId, Droits.voitLesInternes(utilisateur))
			.forEach((o) -> parCible.put(o.cible().cle(), o.nombre()));
		return new OuvertsLus(parCible.values().stream().mapToLong(Long::longValue).sum(), Map.copyOf(parCible));
	}

	/** The page of a convention's comments: threads in that state, grouped by target. */
	public FilsDeLaConvention fils(long conventionId, EtatFils etat) {
		UtilisateurConnecte utilisateur = Droits.utilisateur();
		ConventionLue convention = this.conventions.lire(conventionId);
		List<Fil> tous = new ArrayList<>(this.fils.fils(conventionId, Droits.voitLesInternes(utilisateur)));
		tous.sort(java.util.Comparator.comparing(Fil::cible, Cibles.ordre(convention)));
		Map<String, GroupeDeFils> groupes = new LinkedHashMap<>();
		long ouverts = 0;
		for (Fil fil : tous) {
			FilLu lu = lu(convention, fil, utilisateur);
			ouverts += lu.resolu() ? 0 : 1;
			if (etat.retient(lu)) {
				groupes.computeIfAbsent(lu.cible().cle(), (c) -> new GroupeDeFils(lu.cible(), new ArrayList<>()))
					.fils()
					.add(lu);
			}
		}
		return new FilsDeLaConvention(conventionId, etat, List.copyOf(groupes.values()), ouverts, tous.size() - ouverts,
				Cibles.toutes(convention, utilisateur.role().redige()), Droits.ecrit(utilisateur),
				Droits.choisitLaVisibilite(utilisateur));
	}

	/**
	 * The threads on an article ({@code article-12}) or an annex ({@code annexe-5}: its
	 * sections included; {@code annexe-5-ii-a}: that section only), for a page's panel.
	 */
	public PanneauCommentaires panneau(long conventionId, String cle) {
		Cible cible = Cible.depuis(cle).orElseThrow(() -> new IllegalArgumentException("Cible inconnue : " + cle));
		UtilisateurConnecte utilisateur = Droits.utilisateur();
		ConventionLue convention = this.conventions.lire(conventionId);
		Predicate<Cible> retenue = (cible.articleId() != null) ? (c) -> cible.articleId().equals(c.articleId())
				: (c) -> cible.annexeId().equals(c.annexeId())
						&& (cible.section() == null || cible.section().equals(c.section()));
		List<FilLu> lus = this.fils.fils(conventionId, Droits.voitLesInternes(utilisateur))
			.stream()
			.filter((f) -> retenue.test(f.cible()))
			.map((f) -> lu(convention, f, utilisateur))
			.toList();
		return new PanneauCommentaires(conventionId, Cibles.lue(convention, cible, utilisateur.role().redige()), lus,
				Droits.ecrit(utilisateur), Droits.choisitLaVisibilite(utilisateur));
	}

	public FilLu fil(long conventionId, long filId) {
		UtilisateurConnecte utilisateur = Droits.utilisateur();
		ConventionLue convention = this.conventions.lire(conventionId);
		return lu(convention, charger(conventionId, filId, utilisateur), utilisateur);
	}

	/**
	 * Opens a thread with its first comment.
	 * @throws org.springframework.security.access.AccessDeniedException (403) for a
	 * lecteur, or for a collectivité user asking for an internal thread
	 * @throws DonneesInvalides on {@code cible}, {@code section}, {@code texte}; nothing
	 * is saved
	 */
	@Transactional
	public FilLu ouvrir(long conventionId, NouveauFil nouveau) {
		UtilisateurConnecte utilisateur = Droits.utilisateur();
		ConventionLue convention = this.conventions.lire(conventionId);
		Visibilite visibilite = (nouveau.visibilite() == null) ? Visibilite.PARTAGE : nouveau.visibilite();
		Droits.verifierEcriture(utilisateur, visibilite);
		Map<String, String> erreurs = Cibles.erreurs(convention, nouveau.cible());
		String texte = null;
		try {
			texte = TexteCommentaire.verifier(nouveau.texte());
		}
		catch (DonneesInvalides ex) {
			erreurs.putAll(ex.erreurs());
		}
		if (!erreurs.isEmpty() || texte == null) {
			throw new DonneesInvalides(erreurs);
		}
		Fil fil = this.fils.saveAndFlush(new Fil(conventionId, nouveau.cible(), visibilite == Visibilite.INTERNE,
				new Commentaire(texte, Auteurs.de(utilisateur, convention), maintenant())));
		publier(convention, fil);
		return lu(convention, fil, utilisateur);
	}

	/** Adds a reply at the end of a thread (resolved or not). */
	@Transactional
	public FilLu repondre(long conventionId, long filId, NouvelleReponse reponse) {
		UtilisateurConnecte utilisateur = Droits.utilisateur();
		ConventionLue convention = this.conventions.lire(conventionId);
		Fil fil = charger(conventionId, filId, utilisateur);
		Droits.verifierEcriture(utilisateur, fil.isInterne() ? Visibilite.INTERNE : Visibilite.PARTAGE);
		fil.repondre(new Commentaire(TexteCommentaire.verifier(reponse.texte()), Auteurs.de(utilisateur, convention),
				maintenant()));
		this.fils.saveAndFlush(fil);
		publier(convention, fil);
		return lu(convention, fil, utilisateur);
	}

	/** Marks a thread resolved, with who and when; resolving it again changes nothing. */
	@Transactional
	public FilLu resoudre(long conventionId, long filId) {
		return changerEtat(conventionId, filId, true);
	}

	/** Opens a resolved thread again; its last resolution stays known. */
	@Transactional
	public FilLu rouvrir(long conventionId, long filId) {
		return changerEtat(conventionId, filId, false);
	}

	private FilLu changerEtat(long conventionId, long filId, boolean resolu) {
		UtilisateurConnecte utilisateur = Droits.utilisateur();
		ConventionLue convention = this.conventions.lire(conventionId);
		Fil fil = charger(conventionId, filId, utilisateur);
		Droits.verifierChangementDEtat(utilisateur, fil);
		if (resolu) {
			fil.resoudre(utilisateur.nomComplet(), maintenant());
		}
		else {
			fil.rouvrir(utilisateur.nomComplet(), maintenant());
		}
		return lu(convention, this.fils.saveAndFlush(fil), utilisateur);
	}

	private Fil charger(long conventionId, long filId, UtilisateurConnecte utilisateur) {
		return this.fils.fil(conventionId, filId, Droits.voitLesInternes(utilisateur))
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Discussion", filId));
	}

	private void publier(ConventionLue convention, Fil fil) {
		Commentaire dernier = fil.getCommentaires().getLast();
		this.evenements.publishEvent(new CommentairePublie(convention.cafId(), convention.id(), dernier.getId(),
				fil.isInterne(), dernier.getAuteurNom()));
	}

	private static FilLu lu(ConventionLue convention, Fil fil, UtilisateurConnecte utilisateur) {
		return new FilLu(fil.getId(), Cibles.lue(convention, fil.cible(), utilisateur.role().redige()), fil.isInterne(),
				fil.isResolu(), fil.getResoluPar(), fil.getResoluLe(), fil.getRouvertPar(), fil.getRouvertLe(),
				fil.getCommentaires().stream().map(Commentaire::lu).toList(), Droits.changeLEtat(utilisateur, fil));
	}

	private static Instant maintenant() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
