package fr.atelierctg.demo;

import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.atelierctg.commentaire.CommentairesApi;
import fr.atelierctg.commentaire.EtatFils;
import fr.atelierctg.commentaire.FilLu;
import fr.atelierctg.commentaire.NouveauFil;
import fr.atelierctg.commentaire.NouvelleReponse;
import fr.atelierctg.commentaire.Visibilite;
import fr.atelierctg.convention.AnnexeLu;
import fr.atelierctg.convention.ArticleLu;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.UtilisateurConnecte;
import fr.atelierctg.tenancy.UtilisateurVue;

/**
 * Comments on the demo convention of Val de Garonne Agglomération, each written by its
 * demo account: a shared discussion between the conseillère and the agglomération's
 * chargée de coopération, a shared question of the chargée on the diagnostic (section
 * III-a), and an internal note of the directeur that the chargée never sees. Never twice.
 */
@Component
@ConditionalOnProperty("atelier.demo.enabled")
class DemoCommentaires {

	private static final Log logger = LogFactory.getLog(DemoCommentaires.class);

	private final ConventionDeDemo demo;

	private final ConventionApi conventions;

	private final CommentairesApi commentaires;

	private final TenancyApi tenancy;

	DemoCommentaires(ConventionDeDemo demo, ConventionApi conventions, CommentairesApi commentaires,
			TenancyApi tenancy) {
		this.demo = demo;
		this.conventions = conventions;
		this.commentaires = commentaires;
		this.tenancy = tenancy;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ecrire() {
		this.demo.enTantQueConseiller(this::ecrire);
	}

	private void ecrire(CafVue caf, long id) {
		if (this.commentaires.fils(id, EtatFils.TOUS).nombre(EtatFils.TOUS) > 0) {
			return;
		}
		ConventionLue convention = this.conventions.lire(id);
		long objectifs = article(convention, "objectifs");
		long duree = article(convention, "duree");
		long diagnostic = convention.annexes()
			.stream()
			.filter((a) -> "diagnostic".equals(a.cle()))
			.map(AnnexeLu::id)
			.findFirst()
			.orElseThrow();
		UtilisateurConnecte conseillere = compte(caf, Role.CONSEILLER);
		UtilisateurConnecte chargee = compte(caf, Role.CHARGE_COOPERATION);
		UtilisateurConnecte directeur = compte(caf, Role.DIRECTEUR);

		FilLu axes = comme(conseillere, () -> this.commentaires.ouvrir(id, new NouveauFil(objectifs, null, null,
				Visibilite.PARTAGE, "Les cinq axes reprennent ceux du diagnostic de 2024.\n"
						+ "Pouvez-vous confirmer que l'axe 2 (petite enfance) couvre bien les besoins de Marmande-Sud ?")));
		comme(chargee, () -> this.commentaires.repondre(id, axes.id(), new NouvelleReponse(
				"Oui : le bureau communautaire l'a validé le 12 mars.\nNous ajouterons la zone de Marmande-Sud à "
						+ "la fiche action 2.1.")));
		comme(conseillere, () -> this.commentaires.resoudre(id, axes.id()));
		comme(chargee,
				() -> this.commentaires.ouvrir(id,
						new NouveauFil(null, diagnostic, "III-a", Visibilite.PARTAGE,
								"Les chiffres de la petite enfance datent de 2022. Nous vous transmettons ceux de 2024 "
										+ "(places d'accueil, assistants maternels) d'ici la fin du mois.")));
		comme(directeur, () -> this.commentaires.ouvrir(id, new NouveauFil(duree, null, null, Visibilite.INTERNE,
				"À arbitrer en interne avant le comité de pilotage : en cas d'élections municipales en 2026, "
						+ "proposer un avenant de prolongation d'un an plutôt qu'un renouvellement anticipé.")));
		logger.info("Commentaires de démonstration écrits sur la convention " + id);
	}

	private static long article(ConventionLue convention, String cle) {
		return convention.articles()
			.stream()
			.filter((a) -> cle.equals(a.cle()))
			.map(ArticleLu::id)
			.findFirst()
			.orElseThrow();
	}

	/** The demo account of that role in the Caf, signed in as it would be. */
	private UtilisateurConnecte compte(CafVue caf, Role role) {
		List<UtilisateurVue> comptes = this.tenancy.utilisateursDeLaCaf(caf.id(), role);
		UtilisateurVue u = comptes.getFirst();
		return new UtilisateurConnecte(u.id(), caf.id(), u.identifiant(), "", u.prenom() + " " + u.nom(), u.role(),
				u.sirenCollectivites(), true);
	}

	private static <T> T comme(UtilisateurConnecte utilisateur, Supplier<T> travail) {
		Authentication precedente = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(utilisateur, null, utilisateur.getAuthorities()));
		try {
			return travail.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(precedente);
		}
	}

}
