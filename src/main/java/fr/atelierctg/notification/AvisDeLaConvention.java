package fr.atelierctg.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import fr.atelierctg.convention.ContributionTransmise;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionChangeeDeStatut;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignatureEnregistree;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.TenantContext;
import fr.atelierctg.tenancy.UtilisateurVue;

/**
 * Tells the people concerned when a convention moves, a signature is recorded or a
 * collectivité transmits its part. Runs after the business transaction committed, in
 * transactions of its own, for the event's Caf; whatever fails here is logged and never
 * reaches the user who acted.
 */
@Component
class AvisDeLaConvention {

	private static final Log logger = LogFactory.getLog(AvisDeLaConvention.class);

	private final ConventionApi conventions;

	private final Destinataires destinataires;

	private final Diffusion diffusion;

	private final TransactionTemplate lecture;

	AvisDeLaConvention(ConventionApi conventions, Destinataires destinataires, Diffusion diffusion,
			PlatformTransactionManager transactions) {
		this.conventions = conventions;
		this.destinataires = destinataires;
		this.diffusion = diffusion;
		this.lecture = new TransactionTemplate(transactions);
		this.lecture.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.lecture.setReadOnly(true);
	}

	@TransactionalEventListener
	void statutChange(ConventionChangeeDeStatut evenement) {
		sansEchec(evenement.cafId(), evenement, () -> {
			ConventionLue convention = lire(evenement.conventionId());
			String titre = evenement.titre();
			String chemin = "/conventions/" + evenement.conventionId();
			String motif = evenement.motif().isBlank() ? ""
					: "\n\nMessage de " + evenement.auteur() + " : « " + evenement.motif() + " »";
			List<Avis> avis = switch (evenement.nouveau()) {
				case CONCERTATION -> pour(
						sauf(this.destinataires.chargesDesSignataires(convention), evenement.auteur()),
						(u) -> avis(u, convention, TypeNotification.INVITATION_CONCERTATION,
								"Invitation à contribuer : " + titre,
								((evenement.ancien() == StatutConvention.RELECTURE) ? "La Caf rouvre la concertation"
										: "La Caf ouvre la concertation") + " sur la convention « " + titre
										+ " ». Vous pouvez compléter les parties de " + representes(u, convention)
										+ " (diagnostic, équipements, plan d'actions) et en discuter par commentaires."
										+ "\n\nQuand votre partie est prête, cliquez sur « Transmettre notre "
										+ "contribution à la Caf » sur la page de la convention." + motif,
								chemin));
				case RELECTURE -> pour(sauf(equipe(convention, Role.CONSEILLER, Role.DIRECTEUR), evenement.auteur()),
						(u) -> avis(u, convention, TypeNotification.RELECTURE, "À relire : " + titre,
								((evenement.ancien() == StatutConvention.VALIDEE)
										? "La validation de la convention « " + titre
												+ " » est annulée : elle revient en relecture."
										: "La convention « " + titre + " » est prête pour la relecture de la Caf.")
										+ " Le rapport de vérification doit être sans erreur bloquante avant la "
										+ "validation par la direction." + motif,
								chemin));
				case VALIDEE -> pour(
						sauf(tous(equipe(convention, Role.CONSEILLER, Role.DIRECTEUR),
								this.destinataires.chargesDesSignataires(convention)), evenement.auteur()),
						(u) -> avis(u, convention, TypeNotification.VALIDEE, "Convention validée : " + titre,
								"La convention « " + titre + " » est validée par " + evenement.auteur()
										+ " : son texte et ses annexes sont désormais figés." + motif,
								chemin));
				case EN_SIGNATURE -> pour(sauf(tous(equipe(convention, Role.DIRECTEUR), this.destinataires
					.chargesDesSignataires(convention)), evenement.auteur()), (u) -> avis(u, convention,
							TypeNotification.EN_SIGNATURE, "Prête pour signature : " + titre,
							"La convention « " + titre + " » est prête pour signature. Chaque signature "
									+ "s'enregistre sur la page des signatures (date, lieu, exemplaire signé en PDF)."
									+ motif,
							chemin + "/signatures"));
				case SIGNEE -> pour(
						tous(equipe(convention, Role.CONSEILLER, Role.DIRECTEUR),
								this.destinataires.chargesDesSignataires(convention)),
						(u) -> avis(u, convention, TypeNotification.SIGNEE, "Convention signée : " + titre,
								"Toutes les parties ont signé la convention « " + titre
										+ " ». Le PDF final porte les dates de signature et son empreinte SHA-256 "
										+ "permet de vérifier toute copie.",
								chemin));
				default -> List.<Avis>of();
			};
			this.diffusion.diffuser(avis);
		});
	}

	/**
	 * Only the signatures a collectivité recorded itself: those the Caf records, it
	 * already knows (a 48-party convention would otherwise send 48 mails to each of its
	 * staff); the last one is announced by "Convention signée".
	 */
	@TransactionalEventListener
	void signatureEnregistree(SignatureEnregistree evenement) {
		if (!evenement.parLaCollectivite()) {
			return;
		}
		sansEchec(evenement.cafId(), evenement, () -> {
			ConventionLue convention = lire(evenement.conventionId());
			long restantes = convention.signataires().size() - convention.signatures().size();
			this.diffusion.diffuser(pour(equipe(convention, Role.CONSEILLER, Role.DIRECTEUR),
					(u) -> avis(u, convention, TypeNotification.SIGNATURE_ENREGISTREE,
							"Signature enregistrée : " + evenement.titre(),
							"La signature de " + evenement.signataire() + " est enregistrée sur la convention « "
									+ evenement.titre() + " ». "
									+ (evenement.toutesRecueillies() ? "Toutes les signatures sont recueillies."
											: "Signatures restant à recueillir : " + restantes + "."),
							"/conventions/" + evenement.conventionId() + "/signatures")));
		});
	}

	@TransactionalEventListener
	void contributionTransmise(ContributionTransmise evenement) {
		sansEchec(evenement.cafId(), evenement, () -> {
			ConventionLue convention = lire(evenement.conventionId());
			String message = evenement.message().isBlank() ? "" : "\n\nSon message : « " + evenement.message() + " »";
			this.diffusion.diffuser(pour(equipe(convention, Role.CONSEILLER, Role.DIRECTEUR),
					(u) -> avis(u, convention, TypeNotification.CONTRIBUTION_TRANSMISE,
							"Contribution transmise : " + evenement.collectivite(),
							evenement.auteur() + " indique que la contribution de " + evenement.collectivite()
									+ " à la convention « " + evenement.titre() + " » est prête." + message,
							"/conventions/" + evenement.conventionId() + "#contributions")));
		});
	}

	private ConventionLue lire(long conventionId) {
		return this.lecture.execute((statut) -> this.conventions.lire(conventionId));
	}

	private List<UtilisateurVue> equipe(ConventionLue convention, Role... roles) {
		return this.destinataires.equipeCaf(convention.cafId(), roles);
	}

	private static String representes(UtilisateurVue charge, ConventionLue convention) {
		List<String> noms = Destinataires.representes(charge, convention.signataires())
			.stream()
			.map((s) -> s.identite().nom())
			.toList();
		return noms.isEmpty() ? "votre collectivité" : String.join(", ", noms);
	}

	static Avis avis(UtilisateurVue destinataire, ConventionLue convention, TypeNotification type, String titre,
			String texte, String chemin) {
		return new Avis(destinataire, convention.cafId(), convention.id(), type, titre, texte, chemin);
	}

	static List<Avis> pour(List<UtilisateurVue> destinataires, Function<UtilisateurVue, Avis> redaction) {
		return destinataires.stream().map(redaction).toList();
	}

	/** Each account once, in order. */
	static List<UtilisateurVue> tous(List<UtilisateurVue> premiers, List<UtilisateurVue> suivants) {
		Map<Long, UtilisateurVue> parId = new LinkedHashMap<>();
		premiers.forEach((u) -> parId.putIfAbsent(u.id(), u));
		suivants.forEach((u) -> parId.putIfAbsent(u.id(), u));
		return new ArrayList<>(parId.values());
	}

	/** Nobody is told of what they just did themselves. */
	private static List<UtilisateurVue> sauf(List<UtilisateurVue> destinataires, String auteur) {
		return destinataires.stream().filter((u) -> !(u.prenom() + " " + u.nom()).equals(auteur)).toList();
	}

	private static void sansEchec(long cafId, Object evenement, Runnable travail) {
		try {
			TenantContext.pour(cafId, travail);
		}
		catch (RuntimeException ex) {
			logger.error("Notifications non créées pour " + evenement, ex);
		}
	}

}
